package coop.toitcommun.web.templates;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * Thymeleaf's view, rendering against the {@link PageRequest} of its request into a {@link Utf8Page}: the page is
 * sent once it is whole, so that an error while rendering still gets the error page instead of half a page.
 */
public class PageView extends ThymeleafView {

    public PageView() {
        // the page is kept whole by render() below: Thymeleaf need not keep it a second time
        setProducePartialOutputWhileProcessing(true);
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        Utf8Page page = new Utf8Page();
        PrintWriter writer = new PrintWriter(page);
        super.render(model, new PageRequest(request), new HttpServletResponseWrapper(response) {
            @Override
            public PrintWriter getWriter() {
                return writer;
            }
        });
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(page.length());
        page.sendTo(response.getOutputStream());
    }
}
