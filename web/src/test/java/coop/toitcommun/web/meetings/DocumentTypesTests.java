package coop.toitcommun.web.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class DocumentTypesTests {

    private static byte[] zip(String firstEntry, byte[] firstContent, boolean stored, String... others) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry entry = new ZipEntry(firstEntry);
            if (stored) {
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(firstContent.length);
                CRC32 crc = new CRC32();
                crc.update(firstContent);
                entry.setCrc(crc.getValue());
            }
            zip.putNextEntry(entry);
            zip.write(firstContent);
            zip.closeEntry();
            for (String other : others) {
                zip.putNextEntry(new ZipEntry(other));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void recognisesTheAcceptedTypesByTheirContent() throws IOException {
        assertThat(DocumentTypes.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(DocumentTypes.Type.PDF);
        assertThat(DocumentTypes.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0})).contains(DocumentTypes.Type.PNG);
        assertThat(DocumentTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains(DocumentTypes.Type.JPEG);
        byte[] odt = zip("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII), true, "content.xml");
        assertThat(DocumentTypes.detect(odt)).contains(DocumentTypes.Type.ODT);
        byte[] docx = zip("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8), false, "word/document.xml");
        assertThat(DocumentTypes.detect(docx)).contains(DocumentTypes.Type.DOCX);
    }

    @Test
    void refusesWhatOnlyLooksLikeADocumentByItsName() throws IOException {
        assertThat(DocumentTypes.detect(new byte[] {'M', 'Z', (byte) 0x90, 0})).as("a Windows executable").isEmpty();
        assertThat(DocumentTypes.detect("<html><script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(DocumentTypes.detect(zip("evil.sh", "rm -rf".getBytes(StandardCharsets.US_ASCII), false))).as("any zip").isEmpty();
        byte[] spreadsheet = zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII), true);
        assertThat(DocumentTypes.detect(spreadsheet)).isEmpty();
        assertThat(DocumentTypes.detect(new byte[0])).isEmpty();
    }

    @Test
    void sanitisesFileNames() {
        assertThat(DocumentTypes.sanitise("Comptes 2026 (définitifs).pdf", DocumentTypes.Type.PDF)).isEqualTo("comptes-2026-definitifs.pdf");
        assertThat(DocumentTypes.sanitise("../../etc/passwd", DocumentTypes.Type.PDF)).isEqualTo("passwd.pdf");
        assertThat(DocumentTypes.sanitise("C:\\Users\\x\\rapport.exe", DocumentTypes.Type.DOCX)).isEqualTo("rapport.docx");
        assertThat(DocumentTypes.sanitise("\"; filename=x.html", DocumentTypes.Type.PNG)).isEqualTo("filename-x.png");
        assertThat(DocumentTypes.sanitise("", DocumentTypes.Type.JPEG)).isEqualTo("document.jpg");
    }
}
