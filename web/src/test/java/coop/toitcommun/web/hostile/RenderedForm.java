package coop.toitcommun.web.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import coop.toitcommun.web.hostile.Field.Kind;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A form as a page renders it: the page, where the form goes, how, and its fields with the values a browser would
 * send if the person pressed its first button without typing anything.
 */
record RenderedForm(String page, String method, String action, boolean multipart, List<Field> fields, String csrf) {

    /** The forms of a page; a form without {@code action} goes back to the page itself. */
    static List<RenderedForm> on(Document page, String pagePath) {
        List<RenderedForm> forms = new ArrayList<>();
        for (Element form : page.select("form")) {
            String method = form.attr("method").isBlank() ? "GET" : form.attr("method").toUpperCase();
            String action = form.attr("action").isBlank() ? pagePath : form.attr("action");
            if (!action.startsWith("/")) {
                continue;
            }
            boolean multipart = "multipart/form-data".equalsIgnoreCase(form.attr("enctype"));
            forms.add(new RenderedForm(pagePath, method, action, multipart, fields(form), form.select("input[name=_csrf]").val()));
        }
        return forms;
    }

    String actionPath() {
        int query = action.indexOf('?');
        return query < 0 ? action : action.substring(0, query);
    }

    private static List<Field> fields(Element form) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name], button[name]")) {
            String name = input.attr("name");
            if (name.startsWith("_") || input.hasAttr("disabled")) {
                continue;
            }
            Kind kind = kind(input);
            boolean sent = switch (input.tagName()) {
                case "input" -> !List.of("checkbox", "radio").contains(input.attr("type")) || input.hasAttr("checked");
                case "button" -> !fields.containsKey(name);
                default -> true;
            };
            List<String> values = sent ? valuesOf(input) : List.of();
            Field known = fields.get(name);
            if (known == null) {
                fields.put(name, new Field(name, kind, values, input.hasAttr("required")));
            } else if (!"radio".equals(input.attr("type")) && !"button".equals(input.tagName())) {
                List<String> all = new ArrayList<>(known.values());
                all.addAll(values);
                fields.put(name, known.withValues(all));
            } else if (known.values().isEmpty()) {
                fields.put(name, known.withValues(values));
            }
        }
        return List.copyOf(fields.values());
    }

    private static List<String> valuesOf(Element input) {
        return switch (input.tagName()) {
            case "select" -> {
                List<String> selected = input.select("option[selected]").eachAttr("value");
                if (selected.isEmpty() && !input.hasAttr("multiple") && !input.select("option").isEmpty()) {
                    selected = List.of(input.select("option").first().attr("value"));
                }
                yield selected;
            }
            case "textarea" -> List.of(input.wholeText());
            case "input" -> "checkbox".equals(input.attr("type")) && !input.hasAttr("value") ? List.of("on") : List.of(input.val());
            default -> List.of(input.val());
        };
    }

    private static Kind kind(Element input) {
        if (input.tagName().equals("select") || input.tagName().equals("button")) {
            return Kind.CHOICE;
        }
        if (input.tagName().equals("textarea")) {
            return Kind.TEXT;
        }
        return switch (input.attr("type").toLowerCase()) {
            case "number" -> Kind.NUMBER;
            case "date" -> Kind.DATE;
            case "time" -> Kind.TIME;
            case "radio" -> Kind.CHOICE;
            case "checkbox" -> Kind.FLAG;
            case "file" -> Kind.FILE;
            case "hidden" -> Field.kindOf(input.val());
            default -> List.of("numeric", "decimal").contains(input.attr("inputmode")) ? Kind.NUMBER : Kind.TEXT;
        };
    }
}
