package coop.toitcommun.web.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

public class ApplicationPropertyAccessorTests {

    public record Room(String name, int seats, boolean bookable) {
    }

    public static class Person {
        public String getDisplayName() {
            return "Nadia";
        }

        public boolean isCofounder() {
            return true;
        }

        public String displayName() {
            return "not the bean property";
        }

        public String getURL() {
            return "https://example.org";
        }
    }

    private final StandardEvaluationContext context = new StandardEvaluationContext();

    ApplicationPropertyAccessorTests() {
        context.addPropertyAccessor(ApplicationPropertyAccessor.INSTANCE);
    }

    private Object read(String expression, Object root) {
        return new SpelExpressionParser().parseExpression(expression).getValue(context, root);
    }

    @Test
    void readsTheComponentsOfARecord() {
        Room room = new Room("Salle des mineurs", 12, true);
        assertThat(read("name", room)).isEqualTo("Salle des mineurs");
        assertThat(read("seats + 1", room)).isEqualTo(13);
        assertThat(read("bookable", room)).isEqualTo(true);
        assertThat(ApplicationPropertyAccessor.INSTANCE.canRead(context, room, "name")).isTrue();
    }

    @Test
    void readsBeanPropertiesBeforeMethodsOfTheSameName() {
        Person person = new Person();
        assertThat(read("displayName", person)).isEqualTo("Nadia");
        assertThat(read("cofounder", person)).isEqualTo(true);
        assertThat(read("URL", person)).isEqualTo("https://example.org");
    }

    @Test
    void leavesOtherClassesAndUnknownPropertiesToSpring() {
        assertThat(ApplicationPropertyAccessor.INSTANCE.canRead(context, List.of(), "empty")).isFalse();
        assertThat(ApplicationPropertyAccessor.INSTANCE.canRead(context, new Person(), "class")).isFalse();
        assertThat(ApplicationPropertyAccessor.INSTANCE.canRead(context, new Person(), "unknown")).isFalse();
        assertThat(read("empty", List.of())).isEqualTo(true);
    }

    @Test
    void oneExpressionReadsObjectsOfEveryKindInTurn() {
        Expression name = new SpelExpressionParser().parseExpression("name");
        Room room = new Room("Atelier", 6, false);
        assertThat(name.getValue(context, room)).isEqualTo("Atelier");
        assertThat(name.getValue(context, Thread.State.NEW)).isEqualTo("NEW");
        assertThat(name.getValue(context, room)).isEqualTo("Atelier");
    }
}
