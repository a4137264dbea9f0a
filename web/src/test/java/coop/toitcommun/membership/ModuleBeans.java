package coop.toitcommun.membership;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/** The beans of a context whose classes sit in the given packages: what a module test must not have started. */
public final class ModuleBeans {

    private ModuleBeans() {
    }

    public static List<String> of(ApplicationContext context, String... packages) {
        return Arrays.stream(context.getBeanDefinitionNames())
            .map(name -> context.getType(name))
            .filter(Objects::nonNull)
            .map(ClassUtils::getUserClass)
            .map(Class::getName)
            .filter(type -> Arrays.stream(packages).anyMatch(type::startsWith))
            .toList();
    }
}
