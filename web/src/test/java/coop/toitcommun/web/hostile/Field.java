package coop.toitcommun.web.hostile;

import java.util.List;

/**
 * One field of a request: its name, what kind of value it holds, the value(s) a person would send, whether the
 * application needs it, and for a field that takes several values ({@code day} seven times) all of them.
 */
record Field(String name, Kind kind, List<String> values, boolean required) {

    enum Kind { TEXT, NUMBER, DATE, TIME, CHOICE, FLAG, FILE }

    Field {
        values = List.copyOf(values);
    }

    /** The kind of a value found in a link or a hidden field: a number, a date, a time, else text. */
    static Kind kindOf(String value) {
        if (value.matches("-?\\d+")) {
            return Kind.NUMBER;
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Kind.DATE;
        }
        return value.matches("\\d{2}:\\d{2}") ? Kind.TIME : Kind.TEXT;
    }

    static Field of(String name, Kind kind, String value, boolean required) {
        return new Field(name, kind, value == null ? List.of() : List.of(value), required);
    }

    /** The value a duplicated parameter repeats: what the form holds, or something of the right kind. */
    String someValue() {
        if (!values.isEmpty()) {
            return values.get(0);
        }
        return switch (kind) {
            case NUMBER -> "1";
            case DATE -> "2030-01-15";
            case TIME -> "10:00";
            case FLAG -> "true";
            default -> "Essai";
        };
    }

    Field withValues(List<String> newValues) {
        return new Field(name, kind, newValues, required);
    }
}
