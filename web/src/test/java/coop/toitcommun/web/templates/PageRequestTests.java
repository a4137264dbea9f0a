package coop.toitcommun.web.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PageRequestTests {

    private final MockHttpServletRequest request = new MockHttpServletRequest();

    @Test
    void readsTheRequestsAttributesAndKeepsWhatTheTemplateSetsToItself() {
        request.setAttribute("_csrf", "token");
        PageRequest page = new PageRequest(request);

        page.setAttribute("card", "Cliss XXI");
        page.setAttribute("_csrf", "shadowed");

        assertThat(page.getAttribute("card")).isEqualTo("Cliss XXI");
        assertThat(page.getAttribute("_csrf")).isEqualTo("shadowed");
        assertThat(Collections.list(page.getAttributeNames())).containsExactlyInAnyOrder("_csrf", "card");
        assertThat(request.getAttribute("_csrf")).isEqualTo("token");
        assertThat(request.getAttribute("card")).isNull();
    }

    @Test
    void aRemovedAttributeStaysRemovedEvenWhenTheRequestHasIt() {
        request.setAttribute("organisation", "Les Jardins");
        PageRequest page = new PageRequest(request);

        page.removeAttribute("organisation");

        assertThat(page.getAttribute("organisation")).isNull();
        assertThat(Collections.list(page.getAttributeNames())).doesNotContain("organisation");
        assertThat(request.getAttribute("organisation")).isEqualTo("Les Jardins");
    }

    @Test
    void anAttributeSetOnTheRequestAfterwardsIsStillFound() {
        PageRequest page = new PageRequest(request);

        request.setAttribute("computedLater", 42);

        assertThat(page.getAttribute("computedLater")).isEqualTo(42);
    }
}
