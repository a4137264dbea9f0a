package coop.toitcommun.web.input;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The longest text a form's field takes, read from the {@link Text} limit its record declares, so that the page's
 * {@code maxlength} and the server's check never differ. The field fragments ask it as {@code @fieldLimits}.
 */
@Component("fieldLimits")
public class FieldLimits {

    private final Map<String, Optional<Integer>> known = new ConcurrentHashMap<>();

    /**
     * The limit of {@code path} in {@code form} ("name", "organisation.name" for a nested record, "names[2]" for an
     * element of a list of texts), or null for a field that is no limited text.
     */
    public Integer max(Object form, String path) {
        if (form == null || path == null) {
            return null;
        }
        return known.computeIfAbsent(form.getClass().getName() + '#' + path, key -> find(form.getClass(), path)).orElse(null);
    }

    private static Optional<Integer> find(Class<?> type, String path) {
        Class<?> current = type;
        AnnotatedType annotated = null;
        for (String segment : path.split("\\.")) {
            int index = segment.indexOf('[');
            RecordComponent found = component(current, index < 0 ? segment : segment.substring(0, index));
            if (found == null) {
                return Optional.empty();
            }
            annotated = found.getAnnotatedType();
            if (index >= 0) {
                if (!(annotated instanceof AnnotatedParameterizedType list)) {
                    return Optional.empty();
                }
                annotated = list.getAnnotatedActualTypeArguments()[0];
            }
            current = annotated.getType() instanceof Class<?> plain ? plain : Object.class;
        }
        Text text = annotated.getAnnotation(Text.class);
        return text == null ? Optional.empty() : Optional.of(text.max());
    }

    private static RecordComponent component(Class<?> type, String name) {
        if (!type.isRecord()) {
            return null;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        return null;
    }
}
