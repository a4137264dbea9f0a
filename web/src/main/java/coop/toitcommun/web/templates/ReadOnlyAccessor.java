package coop.toitcommun.web.templates;

import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;

/** An accessor for templates, which read and never write. */
interface ReadOnlyAccessor extends PropertyAccessor {

    @Override
    default boolean canWrite(EvaluationContext context, Object target, String name) {
        return false;
    }

    @Override
    default void write(EvaluationContext context, Object target, String name, Object newValue) throws AccessException {
        throw new AccessException("Templates do not write " + name);
    }
}
