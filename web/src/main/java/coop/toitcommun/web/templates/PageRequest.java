package coop.toitcommun.web.templates;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request as a page's template sees it. Thymeleaf keeps every variable of a page (the model's and each
 * iteration's) in the request's attributes, and reads one at each {@code ${…}}: through the filters' wrappers down to
 * Tomcat's request, that walk was 7 % of the directory page. Here the attributes are copied once into a map, and
 * the template reads and writes that map: what it sets while rendering stays with the page and goes when the page is
 * written. An attribute the request did not list (Tomcat computes a few when asked) is still asked of the request.
 */
final class PageRequest extends HttpServletRequestWrapper {

    private final Map<String, Object> attributes = new HashMap<>();

    PageRequest(HttpServletRequest request) {
        super(request);
        for (Enumeration<String> names = request.getAttributeNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            attributes.put(name, request.getAttribute(name));
        }
    }

    @Override
    public Object getAttribute(String name) {
        Object value = attributes.get(name);
        return value != null || attributes.containsKey(name) ? value : super.getAttribute(name);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        return Collections.enumeration(attributes.keySet().stream().filter(name -> attributes.get(name) != null).toList());
    }

    @Override
    public void setAttribute(String name, Object value) {
        attributes.put(name, value);
    }

    /** Kept as removed, so that the request's own value of the same name does not show again. */
    @Override
    public void removeAttribute(String name) {
        attributes.put(name, null);
    }
}
