package coop.toitcommun.web.templates;

import java.util.Map;

import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.TypedValue;

/**
 * Reads the entries of maps in templates, in the place of Spring's {@code MapAccessor}: above all the page's variables
 * ({@code cards} in {@code ${cards}}), which Thymeleaf offers as a map at the root of each expression. Spring's accessor
 * can be compiled to bytecode, and for that reason each read through it also works out, in text, a type descriptor of
 * its result: a few per cent of a page with many expressions, wasted since the templates' expressions are interpreted
 * ({@code enable-spring-el-compiler=false}). It has to be replaced rather than preceded: an expression keeps using the
 * accessor it last read with as long as the page's context lists it.
 */
final class MapEntryAccessor implements ReadOnlyAccessor {

    static final MapEntryAccessor INSTANCE = new MapEntryAccessor();

    private MapEntryAccessor() {
    }

    @Override
    public Class<?>[] getSpecificTargetClasses() {
        return new Class<?>[] {Map.class};
    }

    /** Thymeleaf's map of variables refuses here those a template may not read where it is ({@code param} in places). */
    @Override
    public boolean canRead(EvaluationContext context, Object target, String name) {
        return target instanceof Map<?, ?> map && map.containsKey(name);
    }

    @Override
    public TypedValue read(EvaluationContext context, Object target, String name) throws AccessException {
        Map<?, ?> map = (Map<?, ?>) target;
        Object value = map.get(name);
        if (value == null && !map.containsKey(name)) {
            throw new AccessException("No entry " + name);
        }
        return new TypedValue(value);
    }
}
