package coop.toitcommun.web.templates;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Arrays;

/**
 * A page as it is written, kept as UTF-8 bytes until it is sent whole. Thymeleaf writes a page in thousands of small
 * texts; encoding each as it comes into one array is cheaper than buffering the characters and handing them to the
 * response's writer, whose encoder takes its slow path for the rest of a page after its first accented letter.
 * Characters that UTF-8 cannot encode (a lone surrogate) become {@code ?}, as {@link String#getBytes} makes them.
 */
final class Utf8Page extends Writer {

    private byte[] bytes = new byte[16 * 1024];
    private int length;
    /** The first half of a surrogate pair whose second half comes with the next write; 0 if none. */
    private char highSurrogate;

    /** The length of the page as it is sent: a first half of a pair that came last counts as its {@code ?}. */
    int length() {
        endLoneHalf();
        return length;
    }

    void sendTo(OutputStream out) throws IOException {
        endLoneHalf();
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
        room(count * 3 + 4);
        for (int i = offset; i < offset + count; i++) {
            encode(text.charAt(i));
        }
    }

    @Override
    public void write(char[] text, int offset, int count) {
        room(count * 3 + 4);
        for (int i = offset; i < offset + count; i++) {
            encode(text[i]);
        }
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
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
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
