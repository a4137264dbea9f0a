package coop.toitcommun.web.templates;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.TypedValue;

/**
 * Reads the properties of the application's own objects in templates ({@code ${entry.name}} on a record of
 * {@code coop.toitcommun}): the {@code getName()} or {@code isName()} method, or else {@code name()}, as Spring's
 * reflective accessor does.
 * <p>
 * Why not leave it to Spring: an expression node remembers the accessor that last read it only while that accessor is
 * one of the evaluation context's, and the reflective accessor hands the node an optimised copy of itself that is not,
 * so every read looks the property up again (a quarter of the directory page's time). This accessor is in the list, so
 * the node keeps it and a read is one map lookup and one call.
 */
final class ApplicationPropertyAccessor implements ReadOnlyAccessor {

    static final ApplicationPropertyAccessor INSTANCE = new ApplicationPropertyAccessor();

    private static final String APPLICATION_PACKAGE = "coop.toitcommun.";

    private record Reader(Method method, TypeDescriptor type) {
    }

    private static final ClassValue<Map<String, Reader>> READERS = new ClassValue<>() {
        @Override
        protected Map<String, Reader> computeValue(Class<?> type) {
            return type.getName().startsWith(APPLICATION_PACKAGE) ? readersOf(type) : Map.of();
        }
    };

    private ApplicationPropertyAccessor() {
    }

    @Override
    public Class<?>[] getSpecificTargetClasses() {
        return null;
    }

    @Override
    public boolean canRead(EvaluationContext context, Object target, String name) {
        return target != null && READERS.get(target.getClass()).containsKey(name);
    }

    @Override
    public TypedValue read(EvaluationContext context, Object target, String name) throws AccessException {
        Reader reader = target == null ? null : READERS.get(target.getClass()).get(name);
        if (reader == null) {
            throw new AccessException("No property " + name + " on " + (target == null ? "null" : target.getClass()));
        }
        try {
            Object value = reader.method().invoke(target);
            return new TypedValue(value, reader.type().narrow(value));
        } catch (IllegalAccessException e) {
            throw new AccessException("Cannot read " + name, e);
        } catch (InvocationTargetException e) {
            throw new AccessException("Reading " + name + " failed", e.getCause() instanceof Exception cause ? cause : e);
        }
    }

    /** Public methods without parameters: {@code getX()} and boolean {@code isX()} name x, and win over {@code x()}. */
    private static Map<String, Reader> readersOf(Class<?> type) {
        Map<String, Reader> readers = new HashMap<>();
        Map<String, Reader> plain = new HashMap<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() > 0 || method.getReturnType() == void.class
                || Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class
                || !Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
                continue;
            }
            String name = method.getName();
            Reader reader = new Reader(method, new TypeDescriptor(new MethodParameter(method, -1)));
            String property = beanProperty(name, method.getReturnType());
            if (property != null) {
                readers.putIfAbsent(property, reader);
            } else {
                plain.put(name, reader);
            }
        }
        plain.forEach(readers::putIfAbsent);
        return Map.copyOf(readers);
    }

    private static String beanProperty(String method, Class<?> returned) {
        String rest = method.startsWith("get") ? method.substring(3)
            : method.startsWith("is") && (returned == boolean.class || returned == Boolean.class) ? method.substring(2)
            : null;
        if (rest == null || rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) {
            return null;
        }
        return rest.length() > 1 && Character.isUpperCase(rest.charAt(1)) ? rest
            : Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }
}
