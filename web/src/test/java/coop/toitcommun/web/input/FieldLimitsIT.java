package coop.toitcommun.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import coop.toitcommun.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every text a request can bring in, found from the application's own handlers (their form records and request
 * parameters), carries {@link Text}: plain text, with a limit; and every limit that names a column is that
 * column's size in the database.
 */
@WebIntegrationTest
class FieldLimitsIT {

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everyTextFieldHasOneLimitAndItIsItsColumnSize() {
        Map<String, AnnotatedType> texts = textsOfEveryHandler();
        List<String> problems = new ArrayList<>();
        int stored = 0;
        for (Map.Entry<String, AnnotatedType> text : texts.entrySet()) {
            Text limit = text.getValue().getAnnotation(Text.class);
            if (limit == null) {
                problems.add(text.getKey() + " has no @Text");
            } else if (!limit.column().equals(Text.NOT_STORED)) {
                stored++;
                String problem = compareWithColumn(limit);
                if (problem != null) {
                    problems.add(text.getKey() + ": " + problem);
                }
            }
        }
        System.out.printf("Field limits: %d text fields, %d kept in a column%n", texts.size(), stored);
        assertThat(texts).as("text fields found in the handlers").hasSizeGreaterThan(80);
        assertThat(problems).isEmpty();
    }

    private String compareWithColumn(Text limit) {
        String[] parts = limit.column().split("\\.");
        if (parts.length != 3) {
            return "column " + limit.column() + " is not schema.table.column";
        }
        List<Map<String, Object>> columns = jdbc.queryForList("""
            SELECT data_type, character_maximum_length FROM information_schema.columns
            WHERE table_schema = ? AND table_name = ? AND column_name = ?""", parts[0], parts[1], parts[2]);
        if (columns.isEmpty()) {
            return "no column " + limit.column();
        }
        Object size = columns.get(0).get("character_maximum_length");
        if (size == null) {
            return limit.column() + " is " + columns.get(0).get("data_type") + ", without a size to compare with " + limit.max();
        }
        return ((Number) size).intValue() == limit.max() ? null
            : "at most " + limit.max() + " characters, but " + limit.column() + " holds " + size;
    }

    /** Each text of each handler: request parameters, and the components of form records, by name. */
    private Map<String, AnnotatedType> textsOfEveryHandler() {
        Map<String, AnnotatedType> texts = new LinkedHashMap<>();
        for (HandlerMethod handler : mappings.getHandlerMethods().values()) {
            if (!handler.getBeanType().getPackageName().startsWith("coop.toitcommun")) {
                continue;
            }
            String method = handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
            for (Parameter parameter : handler.getMethod().getParameters()) {
                if (parameter.isAnnotationPresent(RequestParam.class)) {
                    addTexts(texts, method + "(" + parameter.getName() + ")", parameter.getAnnotatedType());
                } else if (parameter.getType().isRecord()
                    && (parameter.isAnnotationPresent(ModelAttribute.class) || parameter.getType().getSimpleName().endsWith("Form"))) {
                    for (RecordComponent component : parameter.getType().getRecordComponents()) {
                        addTexts(texts, parameter.getType().getSimpleName() + "." + component.getName(), component.getAnnotatedType());
                    }
                }
            }
        }
        return texts;
    }

    /** A text, or the texts a list, set or map holds, or those of a record nested in a form. */
    private static void addTexts(Map<String, AnnotatedType> texts, String name, AnnotatedType type) {
        if (type.getType() == String.class) {
            texts.put(name, type);
        } else if (type.getType() instanceof Class<?> nested && nested.isRecord() && nested.getPackageName().startsWith("coop.toitcommun")) {
            for (RecordComponent component : nested.getRecordComponents()) {
                addTexts(texts, name + "." + component.getName(), component.getAnnotatedType());
            }
        } else if (type instanceof AnnotatedParameterizedType parameterized) {
            AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
            addTexts(texts, name + "[]", arguments[arguments.length - 1]);
        }
    }
}
