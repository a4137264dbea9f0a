package coop.toitcommun.web.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

class HtmlTests {

    @Test
    void escapesWhatThTextEscapesAndNothingElse() {
        for (char c = 0; c < 0x3000; c++) {
            String text = "Salle " + c + " des mineurs";
            assertThat(Html.appendEscaped(new StringBuilder("<p>"), text).toString())
                .as("U+%04X", (int) c).isEqualTo("<p>" + HtmlEscape.escapeHtml4Xml(text));
        }
    }

    @Test
    void leavesATextWithoutMarkupAsItIs() {
        String text = "Réunion du CA · l’Épicerie solidaire = 12 € ; 08:00–10:00 ? ok @ Lens";
        assertThat(Html.appendEscaped(new StringBuilder(), text).toString()).isEqualTo(text);
    }
}
