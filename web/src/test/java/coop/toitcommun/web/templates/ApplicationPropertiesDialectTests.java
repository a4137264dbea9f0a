package coop.toitcommun.web.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.expression.AccessException;
import org.springframework.expression.spel.support.MapAccessor;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class ApplicationPropertiesDialectTests {

    public record Room(String name) {
    }

    @Test
    void aPageReadsItsVariablesMapsAndRecordsWithTheApplicationsAccessorsInsteadOfSpringsMapAccessor() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
        engine.addDialect(new ApplicationPropertiesDialect());
        ThymeleafEvaluationContext expressions = new ThymeleafEvaluationContext(new StaticApplicationContext(),
            new DefaultConversionService());
        Context page = new Context(Locale.FRENCH, Map.of("room", new Room("Salle des mineurs"),
            "prices", Map.of("member", 12)));
        page.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, expressions);

        String html = engine.process("<p th:text=\"${room.name} + ' ' + ${prices.member} + ' ' + ${missing}\"></p>", page);

        assertThat(html).isEqualTo("<p>Salle des mineurs 12 null</p>");
        assertThat(expressions.getPropertyAccessors())
            .contains(MapEntryAccessor.INSTANCE, ApplicationPropertyAccessor.INSTANCE)
            .noneMatch(accessor -> accessor instanceof MapAccessor);
    }

    @Test
    void anEntryAMapDoesNotHaveCannotBeRead() {
        Map<String, Object> map = Map.of("member", 12);
        assertThat(MapEntryAccessor.INSTANCE.canRead(null, map, "member")).isTrue();
        assertThat(MapEntryAccessor.INSTANCE.canRead(null, map, "outside")).isFalse();
        assertThatThrownBy(() -> MapEntryAccessor.INSTANCE.read(null, map, "outside")).isInstanceOf(AccessException.class);
    }
}
