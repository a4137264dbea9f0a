package coop.toitcommun.web.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.servlet.View;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class PageViewTests {

    private final MockServletContext servletContext = new MockServletContext();
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void sendsTheWholePageInUtf8WithItsLength() throws Exception {
        view("<p th:text=\"${title}\">titre</p>").render(Map.of("title", "Réunion · 09:00–11:00"), request(), response);

        assertThat(response.getContentAsByteArray()).isEqualTo("<p>Réunion · 09:00–11:00</p>".getBytes(StandardCharsets.UTF_8));
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
    }

    @Test
    void aPageThatFailsHalfwaySendsNothingSoThatTheErrorPageCanBeSent() {
        String template = "<p th:text=\"${title}\">titre</p><p th:text=\"${title.charAt(99)}\">boom</p>";

        assertThatThrownBy(() -> view(template).render(Map.of("title", "Réunion"), request(), response))
            .isInstanceOf(TemplateProcessingException.class);
        assertThat(response.isCommitted()).isFalse();
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    private MockHttpServletRequest request() {
        return new MockHttpServletRequest(servletContext);
    }

    private View view(String template) throws Exception {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.setServletContext(servletContext);
        context.refresh();
        servletContext.setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        ThymeleafViewResolver resolver = new ThymeleafViewResolver();
        resolver.setApplicationContext(context);
        resolver.setTemplateEngine(engine);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setViewClass(PageView.class);
        return resolver.resolveViewName(template, Locale.FRENCH);
    }
}
