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
    void encodesThePartOfAStringOrArrayItIsGivenWhereverItsAsciiRunsStopAndStart() throws IOException {
        String text = "[Salle des mineurs: 09:00–11:00 · Café « Œuvres » 🏠 fin]";
        page.write(text, 1, text.length() - 2);
        page.write(text.toCharArray(), 7, 12);

        assertThat(sent()).isEqualTo(text.substring(1, text.length() - 1) + text.substring(7, 19));
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

    @Test
    void encodesOneLongTextWhoseSurrogatePairsAndAccentsStraddleItsSlicesAndArrays() throws IOException {
        StringBuilder text = new StringBuilder();
        while (text.length() < 100_000) {
            text.append("<a class=\"b s3 w4\" href=\"/bookings/12\">09:00–11:00 Café · 🏠</a>").append(text.length() % 1021 == 0 ? "x" : "");
        }
        text.insert(1023, "🏠");
        page.write(text.toString());
        page.write(text.toString().toCharArray(), 3, 70_000);

        String expected = text + text.substring(3, 70_003);
        assertThat(page.length()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8).length);
        assertThat(sent()).isEqualTo(expected);
    }

    private String sent() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        page.sendTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
