package coop.toitcommun.web.templates;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A page as it is written, kept as UTF-8 bytes until it is sent whole. Thymeleaf writes a page in thousands of small
 * texts; encoding each as it comes into one array is cheaper than buffering the characters and handing them to the
 * response's writer, whose encoder takes its slow path for the rest of a page after its first accented letter.
 * Characters that UTF-8 cannot encode (a lone surrogate) become {@code ?}, as {@link String#getBytes} makes them.
 * The bytes go in arrays of 16 KB, kept in turn rather than copied into ever larger ones: a week of 50 rooms
 * (250 KB) allocated a megabyte when its array doubled from 16 KB, and allocation is what the collector pays for.
 */
final class Utf8Page extends Writer {

    private static final int CHUNK = 16 * 1024;
    /**
     * Texts are encoded a slice of characters at a time, so that the room a slice asks for (three bytes a character at
     * most) leaves little of an array unused when the next one begins.
     */
    private static final int SLICE = 1024;

    /** An array filled before {@link #bytes}, and how many bytes it holds. */
    private record Filled(byte[] bytes, int length) {
    }

    private final List<Filled> filled = new ArrayList<>();
    /** The array being written, and how many bytes it holds. */
    private byte[] bytes = new byte[CHUNK];
    private int length;
    /** The first half of a surrogate pair whose second half comes with the next write; 0 if none. */
    private char highSurrogate;

    /** The length of the page as it is sent: a first half of a pair that came last counts as its {@code ?}. */
    int length() {
        endLoneHalf();
        return filled.stream().mapToInt(Filled::length).sum() + length;
    }

    void sendTo(OutputStream out) throws IOException {
        endLoneHalf();
        for (Filled earlier : filled) {
            out.write(earlier.bytes(), 0, earlier.length());
        }
        out.write(bytes, 0, length);
    }

    private void endLoneHalf() {
        if (highSurrogate != 0) {
            highSurrogate = 0;
            room(1);
            put((byte) '?');
        }
    }

    @Override
    public void write(String text, int offset, int count) {
        for (int start = offset; start < offset + count; start += SLICE) {
            int end = Math.min(start + SLICE, offset + count);
            room((end - start) * 3 + 4);
            for (int i = asciiRun(text, start, end); i < end; i = asciiRun(text, i, end)) {
                encode(text.charAt(i++));
            }
        }
    }

    /** Thymeleaf writes its texts as strings; arrays of characters come rarely, and go the same way. */
    @Override
    public void write(char[] text, int offset, int count) {
        write(String.valueOf(text, offset, count), 0, count);
    }

    /**
     * Copies the ASCII characters from {@code start} on in a tight loop (most of a page: markup, addresses, plain
     * words), and returns where the next other character is, for {@link #encode}. When every character went through
     * {@code encode}, the loop was a sixth of the directory page's time (a profile of 4 December).
     */
    private int asciiRun(String text, int start, int end) {
        if (highSurrogate != 0) {
            return start;
        }
        byte[] out = bytes;
        int next = length;
        int i = start;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                break;
            }
            out[next++] = (byte) c;
        }
        length = next;
        return i;
    }

    @Override
    public void write(int c) {
        room(7);
        encode((char) c);
    }

    @Override
    public Writer append(CharSequence text) {
        String value = String.valueOf(text);
        write(value, 0, value.length());
        return this;
    }

    private void encode(char c) {
        if (highSurrogate != 0) {
            char high = highSurrogate;
            highSurrogate = 0;
            if (Character.isLowSurrogate(c)) {
                int code = Character.toCodePoint(high, c);
                put((byte) (0xF0 | code >> 18));
                put((byte) (0x80 | code >> 12 & 0x3F));
                put((byte) (0x80 | code >> 6 & 0x3F));
                put((byte) (0x80 | code & 0x3F));
                return;
            }
            put((byte) '?');
        }
        if (c < 0x80) {
            put((byte) c);
        } else if (c < 0x800) {
            put((byte) (0xC0 | c >> 6));
            put((byte) (0x80 | c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            highSurrogate = c;
        } else if (Character.isLowSurrogate(c)) {
            put((byte) '?');
        } else {
            put((byte) (0xE0 | c >> 12));
            put((byte) (0x80 | c >> 6 & 0x3F));
            put((byte) (0x80 | c & 0x3F));
        }
    }

    private void put(byte b) {
        bytes[length++] = b;
    }

    /** Makes room for {@code more} bytes: at most three per character, four for a pair and a question mark. */
    private void room(int more) {
        if (length + more > bytes.length) {
            filled.add(new Filled(bytes, length));
            bytes = new byte[CHUNK];
            length = 0;
        }
    }

    @Override
    public void flush() {
        // sent whole by sendTo
    }

    @Override
    public void close() {
        // sent whole by sendTo
    }
}
