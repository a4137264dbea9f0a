package coop.toitcommun.web.templates;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.spring6.view.ThymeleafView;

/** Thymeleaf's view, rendering against the {@link PageRequest} of its request. */
public class PageView extends ThymeleafView {

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        super.render(model, new PageRequest(request), response);
    }
}
