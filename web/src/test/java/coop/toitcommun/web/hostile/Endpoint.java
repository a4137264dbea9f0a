package coop.toitcommun.web.hostile;

import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import coop.toitcommun.web.hostile.Field.Kind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * One address and method a controller answers, as Spring's request mappings know it, with the request
 * parameters and form fields its handler method declares.
 */
record Endpoint(RequestMethod method, PathPattern pattern, HandlerMethod handler) {

    /** Every handler of the application's controllers, once per method and path pattern. */
    static List<Endpoint> all(RequestMappingHandlerMapping mappings) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            if (!entry.getValue().getBeanType().getPackageName().startsWith("coop.toitcommun")) {
                continue;
            }
            var methods = info.getMethodsCondition().getMethods();
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    endpoints.add(new Endpoint(method, pattern, entry.getValue()));
                }
            }
        }
        endpoints.sort((a, b) -> (a.pattern.getPatternString() + a.method).compareTo(b.pattern.getPatternString() + b.method));
        return endpoints;
    }

    boolean matches(String path) {
        return pattern.matches(PathContainer.parsePath(path));
    }

    @Override
    public String toString() {
        return method + " " + pattern.getPatternString();
    }

    /** The request parameters and form fields the handler method declares, with a plausible value for each. */
    List<coop.toitcommun.web.hostile.Field> declaredFields() {
        List<coop.toitcommun.web.hostile.Field> fields = new ArrayList<>();
        for (Parameter parameter : handler.getMethod().getParameters()) {
            RequestParam param = parameter.getAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value() : parameter.getName();
                if (Map.class.isAssignableFrom(parameter.getType())) {
                    continue;
                }
                boolean required = param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue());
                fields.add(field(name, parameter.getType(), parameter.getParameterizedType(), required));
            } else if (parameter.isAnnotationPresent(ModelAttribute.class) || parameter.getType().isRecord()) {
                addComponents(fields, "", parameter.getType());
            }
        }
        return fields;
    }

    /** A form record's fields, those of a record nested in it under its name ({@code organisation.name}). */
    private static void addComponents(List<coop.toitcommun.web.hostile.Field> fields, String prefix, Class<?> record) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getType().isRecord()) {
                addComponents(fields, prefix + component.getName() + ".", component.getType());
            } else {
                fields.add(field(prefix + component.getName(), component.getType(), component.getGenericType(),
                    required(record, component.getName())));
            }
        }
    }

    /** A form record component's constraints sit on its field. */
    private static boolean required(Class<?> record, String component) {
        try {
            Field field = record.getDeclaredField(component);
            return field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class)
                || field.isAnnotationPresent(NotEmpty.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** A map ({@code summary[12]}) is sent with a key; its values are what the field holds. */
    private static coop.toitcommun.web.hostile.Field field(String declaredName, Class<?> type, Type generic, boolean required) {
        String name = declaredName;
        Class<?> element = type;
        if (Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType parameterized
            && parameterized.getActualTypeArguments()[0] instanceof Class<?> argument) {
            element = argument;
        } else if (Map.class.isAssignableFrom(type) && generic instanceof ParameterizedType parameterized
            && parameterized.getActualTypeArguments()[1] instanceof Class<?> value) {
            name = declaredName + "[1]";
            element = value;
        } else if (type.isArray()) {
            element = type.getComponentType();
        } else if (type == Optional.class) {
            element = String.class;
        }
        if (element.isEnum()) {
            String first = Arrays.stream(element.getEnumConstants()).findFirst().map(Object::toString).orElse("");
            return coop.toitcommun.web.hostile.Field.of(name, Kind.CHOICE, first, required);
        }
        Kind kind = kind(element);
        return coop.toitcommun.web.hostile.Field.of(name, kind, switch (kind) {
            case NUMBER -> "1";
            case DATE -> "2030-01-15";
            case TIME -> "10:00";
            case FLAG -> "true";
            case FILE -> null;
            default -> "Essai";
        }, required);
    }

    private static Kind kind(Class<?> type) {
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class || type == BigDecimal.class) {
            return Kind.NUMBER;
        }
        if (type == LocalDate.class) {
            return Kind.DATE;
        }
        if (type == LocalTime.class) {
            return Kind.TIME;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Kind.FLAG;
        }
        if (MultipartFile.class.isAssignableFrom(type)) {
            return Kind.FILE;
        }
        return Kind.TEXT;
    }
}
