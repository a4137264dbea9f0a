package coop.toitcommun.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@ExtendWith(OutputCaptureExtension.class)
class PublicAddressTests {

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void withoutABaseAddressPagesUseTheRequestsAndTheLogSaysSoOnce(CapturedOutput output) {
        PublicAddress address = new PublicAddress(new WebSettings(null, "from", "contact"));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/bookings");
        request.setScheme("https");
        request.setServerName("maison.example.org");
        request.setServerPort(443);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(address.of("/feeds/abc.ics")).isEqualTo("https://maison.example.org/feeds/abc.ics");
        assertThat(address.of("/feeds/def.ics")).isEqualTo("https://maison.example.org/feeds/def.ics");
        assertThat(output.getOut().split("toitcommun.web.base-url \\(TOITCOMMUN_WEB_BASEURL\\) is not set", -1)).hasSize(2);
        assertThat(new WebSettings(null, "from", "contact").link("/dashboard")).isEqualTo("http://localhost:8080/dashboard");
    }

    @Test
    void aBaseAddressIsUsedAsSetAndNothingIsSaid(CapturedOutput output) {
        PublicAddress address = new PublicAddress(new WebSettings("https://toit.example.org/", "from", "contact"));

        assertThat(address.of("/feeds/abc.ics")).isEqualTo("https://toit.example.org/feeds/abc.ics");
        assertThat(output.getOut()).doesNotContain("base-url");
    }
}
