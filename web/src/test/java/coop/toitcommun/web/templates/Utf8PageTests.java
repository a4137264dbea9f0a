package coop.toitcommun.web.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Utf8PageTests {

    private final Utf8Page page = new Utf8Page();

    @Test
    void encodesEveryCharacterAsJavaDoes() throws IOException {
        String text = "Réunion du conseil · 09:00–11:00 « Œuvres » 🏠 € ü";
        page.write("<p>");
        page.write(text.toCharArray(), 0, text.length());
        page.write('!');
        page.append("</p>");

        assertThat(sent()).isEqualTo("<p>" + text + "!</p>");
    }

    @Test
    void keepsASurrogatePairSplitBetweenTwoWritesAndMarksLoneHalves() throws IOException {
        String house = "🏠";
        page.write(house.substring(0, 1));
        page.write(house.substring(1));
        page.write("a\uD800b\uDC00c");
        page.write(house.charAt(0));

        String expected = house + "a\uD800b\uDC00c" + house.charAt(0);
        assertThat(page.length()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8).length);
        assertThat(sent()).isEqualTo(new String(expected.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
            .isEqualTo(house + "a?b?c?");
    }

    @Test
    void growsPastItsFirstArrayWithoutLosingAByte() throws IOException {
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            String piece = i % 7 == 0 ? "–é" : "ab" + i;
            page.write(piece);
            expected.append(piece);
        }

        byte[] bytes = expected.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(page.length()).isEqualTo(bytes.length).isGreaterThan(16 * 1024);
        assertThat(sent()).isEqualTo(expected.toString());
    }

    private String sent() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        page.sendTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
