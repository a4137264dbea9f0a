package coop.toitcommun.web.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.spel.support.MapAccessor;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPreProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.preprocessor.IPreProcessor;
import org.thymeleaf.preprocessor.PreProcessor;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Gives the expressions of every page the {@link ApplicationPropertyAccessor}, and the {@link MapEntryAccessor} in the
 * place of Spring's. Thymeleaf's view makes a new evaluation context for each page and offers no other hook than the
 * start of its processing, which this dialect takes.
 */
@Component
class ApplicationPropertiesDialect extends AbstractDialect implements IPreProcessorDialect {

    ApplicationPropertiesDialect() {
        super("application-properties");
    }

    @Override
    public int getDialectPreProcessorPrecedence() {
        return 1000;
    }

    @Override
    public Set<IPreProcessor> getPreProcessors() {
        return Set.of(new PreProcessor(TemplateMode.HTML, AccessorInstaller.class, 1000));
    }

    /** Passes every event on, once it has set the accessors of the page's evaluation context. */
    public static final class AccessorInstaller extends AbstractTemplateHandler {

        @Override
        public void setContext(ITemplateContext context) {
            super.setContext(context);
            if (context.getVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME)
                    instanceof StandardEvaluationContext expressions
                && !expressions.getPropertyAccessors().contains(ApplicationPropertyAccessor.INSTANCE)) {
                List<PropertyAccessor> accessors = new ArrayList<>(expressions.getPropertyAccessors());
                accessors.replaceAll(accessor -> accessor instanceof MapAccessor ? MapEntryAccessor.INSTANCE : accessor);
                expressions.setPropertyAccessors(accessors);
                expressions.addPropertyAccessor(ApplicationPropertyAccessor.INSTANCE);
            }
        }
    }
}
