package coop.toitcommun;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module borders of docs/architecture.md: governance and venue use only membership's API and never each
 * other; no domain module depends on web; nobody reaches into another module's internals.
 */
class ModuleBoundariesTests {

    /** The shared test helper travels in membership's test-jar: it is test code, not a module. */
    private final ApplicationModules modules = ApplicationModules.of(ToitCommunApplication.class,
        JavaClass.Predicates.resideInAPackage("coop.toitcommun.testsupport.."));

    @Test
    void theModulesRespectTheirBorders() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
            .containsExactlyInAnyOrder("membership", "governance", "venue", "web");
        modules.verify();
    }

    @Test
    void noDomainModuleDependsOnWeb() {
        ApplicationModule web = modules.getModuleByName("web").orElseThrow();
        modules.stream().filter(module -> !module.equals(web))
            .forEach(module -> assertThat(module.getDirectDependencies(modules).contains(web))
                .as(module.getIdentifier() + " depends on web").isFalse());
    }
}
