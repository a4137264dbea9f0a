package coop.toitcommun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module diagram and the canvas of each module in {@code docs/modules/} are those Spring Modulith's
 * {@link Documenter} writes for today's code: the build writes them to {@code target/modulith-docs} and fails, naming
 * the files and the command to run, when the committed ones differ. That command
 * ({@code -Dmodulith.docs.update=true}) copies them into {@code docs/modules/}, next to the module guides written by
 * hand, which the documenter never touches.
 */
class ModuleDocumentationTests {

    static final String UPDATE = "modulith.docs.update";
    private static final Path GENERATED = Path.of("target", "modulith-docs");
    private static final Path COMMITTED = Path.of("..", "docs", "modules");
    private static final String COMMAND = "./mvnw -B -ntp -pl web -am test -Dtest=ModuleDocumentationTests "
        + "-Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE + "=true";

    private final ApplicationModules modules = ApplicationModules.of(ToitCommunApplication.class,
        JavaClass.Predicates.resideInAPackage("coop.toitcommun.testsupport.."));

    @Test
    void theCommittedModuleDocumentationIsWhatTheCodeGives() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString())).writeDocumentation();
        List<Path> written = files(GENERATED);
        assertThat(written).as("what the documenter wrote").extracting(Path::toString)
            .contains("components.puml", "module-membership.puml", "module-governance.adoc", "module-venue.adoc", "all-docs.adoc");

        List<String> stale = new ArrayList<>();
        for (Path file : written) {
            Path committed = COMMITTED.resolve(file);
            if (!Files.exists(committed) || !lines(committed).equals(lines(GENERATED.resolve(file)))) {
                stale.add(file.toString());
                if (Boolean.getBoolean(UPDATE)) {
                    Files.copy(GENERATED.resolve(file), committed, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        if (Boolean.getBoolean(UPDATE)) {
            stale.clear();
        }
        assertThat(stale).as("docs/modules differs from the code's module documentation; run %s and commit docs/modules", COMMAND)
            .isEmpty();
    }

    /**
     * A file's lines in a fixed order: the documenter lists a module's events and beans in no fixed order from one
     * run to the next, so only a line added, removed or changed makes the committed file stale.
     */
    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }

    /** The files of a folder, by their name relative to it, in a fixed order. */
    private static List<Path> files(Path folder) {
        try (Stream<Path> found = Files.walk(folder)) {
            return found.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
