package coop.toitcommun.web.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import coop.toitcommun.web.hostile.Field.Kind;

/**
 * The fixed catalogue of hostile values, sent field by field rather than as a cross-product: each variant of a
 * request spoils one field and leaves the others as the page holds them, so that the spoiled value travels as
 * deep as a person's own typing would.
 */
final class Catalogue {

    /** A request's parameters, in order, duplicates allowed, with what was spoiled and in which field (null: all). */
    record Variant(String spoiled, String field, List<Map.Entry<String, String>> parameters) {
    }

    /** A query string longer than this is refused by Tomcat before the application sees it. */
    static final int LONGEST_QUERY_VALUE = 6_000;
    static final int LONG_TEXT = 100_000;

    /** NUL, which PostgreSQL refuses, and other control characters (here the start of a terminal colour code). */
    static final String CONTROL = "Ab\u0000c\u001b[31m";
    private static final Map<Kind, List<String>> BY_KIND = Map.of(
        Kind.TEXT, List.of(CONTROL),
        Kind.NUMBER, List.of("douze", "99999999999999999999", "1e999999999"),
        Kind.DATE, List.of("2026-02-30", "-999999-01-01", "+300000-01-01"),
        Kind.TIME, List.of("25:61"),
        Kind.CHOICE, List.of(CONTROL, "INCONNU"),
        Kind.FLAG, List.of("peut-être"),
        Kind.FILE, List.of());
    /** In place of a real index or key: far beyond any list, and not a number. */
    private static final List<String> INDEXES = List.of("99999999", "abc");

    /** Path variables get these instead of a real id or token. */
    static final List<String> PATH_VALUES = List.of("abc", "-1", "%00");

    private Catalogue() {
    }

    /** The parameters a person would send: every value of every field that has one. */
    static List<Map.Entry<String, String>> plain(List<Field> fields) {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        fields.forEach(field -> field.values().forEach(value -> parameters.add(Map.entry(field.name(), value))));
        return parameters;
    }

    /** Each field spoiled in turn: control characters, a text too long, values of the wrong kind, duplicated, missing. */
    static List<Variant> variants(List<Field> fields, boolean inQuery) {
        List<Variant> variants = new ArrayList<>();
        for (Field field : fields) {
            if (field.kind() == Kind.FILE) {
                continue;
            }
            List<String> values = new ArrayList<>(BY_KIND.get(field.kind()));
            if (field.kind() == Kind.TEXT) {
                values.add("x".repeat(inQuery ? LONGEST_QUERY_VALUE : LONG_TEXT));
                if (!field.values().isEmpty() && field.values().get(0).matches("\\d{4}-.+")) {
                    // a week (2026-W49) or a month (2026-12) read by hand: years no calendar holds
                    values.add("+300000" + field.values().get(0).substring(4));
                    values.add("-999999" + field.values().get(0).substring(4));
                }
            }
            for (String value : values) {
                variants.add(new Variant(field.name() + "=" + describe(value), field.name(), replaced(fields, field, List.of(value))));
            }
            int index = field.name().lastIndexOf('[');
            if (index > 0 && field.name().endsWith("]")) {
                for (String hostile : INDEXES) {
                    // the field itself is spoiled too, so that the request is refused even where the index is ignored
                    Field moved = new Field(field.name().substring(0, index + 1) + hostile + "]", field.kind(), List.of(CONTROL), false);
                    variants.add(new Variant(moved.name(), field.name(), replaced(fields, field, List.of(CONTROL), moved)));
                }
            }
            if (field.values().size() <= 1) {
                variants.add(new Variant(field.name() + " sent twice", field.name(),
                    replaced(fields, field, List.of(field.someValue(), field.someValue()))));
            }
            if (field.required() && !field.values().isEmpty()) {
                variants.add(new Variant(field.name() + " missing", field.name(), replaced(fields, field, List.of())));
            }
        }
        return variants;
    }

    private static List<Map.Entry<String, String>> replaced(List<Field> fields, Field spoiled, List<String> values, Field... added) {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        for (Field field : fields) {
            List<String> sent = field == spoiled ? values : field.values();
            sent.forEach(value -> parameters.add(Map.entry(field.name(), value)));
        }
        for (Field field : added) {
            field.values().forEach(value -> parameters.add(Map.entry(field.name(), value)));
        }
        return parameters;
    }

    /**
     * Every field spoiled at once, each with the first hostile value of its kind; nothing for a request without
     * fields, which would then be a plain, valid request (signing out, erasing one's data…).
     */
    static List<Variant> allSpoiled(List<Field> fields) {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        for (Field field : fields) {
            if (field.kind() != Kind.FILE) {
                parameters.add(Map.entry(field.name(), BY_KIND.get(field.kind()).get(0)));
            }
        }
        return parameters.isEmpty() ? List.of() : List.of(new Variant("every field hostile", null, parameters));
    }

    static String describe(String value) {
        if (value.length() > 50) {
            return value.length() + " characters";
        }
        StringBuilder shown = new StringBuilder();
        value.codePoints().forEach(c -> shown.append(c < 0x20 ? String.format("\\u%04x", c) : Character.toString(c)));
        return shown.toString();
    }
}
