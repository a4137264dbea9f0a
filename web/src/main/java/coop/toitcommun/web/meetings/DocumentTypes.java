package coop.toitcommun.web.meetings;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The documents an agenda accepts (PDF, ODT, DOCX, PNG, JPEG), recognised by their first bytes, never by their
 * name alone; and the sanitised name a download is served under.
 */
final class DocumentTypes {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    enum Type {
        PDF("application/pdf", "pdf"),
        ODT("application/vnd.oasis.opendocument.text", "odt"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg");

        final String contentType;
        final String extension;

        Type(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] ODT_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DOCX_MARKER = "word/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONTENT_TYPES = "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII);

    private DocumentTypes() {
    }

    /**
     * The type the content really has, if accepted. An ODT is a zip whose first entry is its uncompressed
     * {@code mimetype}; a DOCX is a zip with {@code [Content_Types].xml} and a {@code word/} folder.
     */
    static Optional<Type> detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(Type.PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(Type.PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(Type.JPEG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            if (content.length > 30 + ODT_MIMETYPE.length
                && Arrays.equals(Arrays.copyOfRange(content, 30, 30 + ODT_MIMETYPE.length), ODT_MIMETYPE)) {
                return Optional.of(Type.ODT);
            }
            if (contains(content, CONTENT_TYPES) && contains(content, DOCX_MARKER)) {
                return Optional.of(Type.DOCX);
            }
        }
        return Optional.empty();
    }

    /** A name safe in a Content-Disposition header and on any disk: ASCII letters, digits, dot, dash, underscore. */
    static String sanitise(String original, Type type) {
        String name = original == null ? "" : original;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        base = Normalizer.normalize(base, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "").toLowerCase(Locale.ROOT);
        if (base.isEmpty()) {
            base = "document";
        }
        if (base.length() > 80) {
            base = base.substring(0, 80);
        }
        return base + "." + type.extension;
    }

    static Type fromContentType(String contentType) {
        return Arrays.stream(Type.values()).filter(t -> t.contentType.equals(contentType)).findFirst().orElseThrow();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
    }

    private static boolean contains(byte[] content, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= content.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
