package coop.toitcommun.web.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;

import coop.toitcommun.ToitCommunApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The packaged application never keeps a house's data somewhere nobody chose: without a database server and
 * without a folder for the embedded one it does not start, and it does not start either when the folder chosen
 * for the embedded database cannot be written; each time with a message that says what to do.
 */
class DatabaseChoiceIT {

    @TempDir Path folder;

    @Test
    void withoutADatabaseServerNorAFolderForTheEmbeddedOneTheApplicationRefusesToStart() {
        Throwable failure = start();

        FailureAnalysis analysis = new DatabaseFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("a failure explained in plain words, not " + failure).isNotNull();
        assertThat(analysis.getDescription()).contains("No database was chosen");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL", "TOITCOMMUN_EMBEDDED_DIRECTORY");
    }

    @Test
    void aDataFolderThatCannotBeWrittenStopsTheStartWithItsName() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("a-file"), "not a folder");
        Path data = notAFolder.resolve("postgres");

        Throwable failure = start("--toitcommun.embedded.directory=" + data);

        FailureAnalysis analysis = new DatabaseFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("a failure explained in plain words, not " + failure).isNotNull();
        assertThat(analysis.getDescription()).contains(data.toString(), "toitcommun.embedded.directory");
        assertThat(analysis.getAction()).contains("toitcommun.embedded.directory");
        assertThat(Files.isDirectory(data)).isFalse();
    }

    private static Throwable start(String... arguments) {
        String[] args = new String[arguments.length + 2];
        System.arraycopy(arguments, 0, args, 0, arguments.length);
        args[arguments.length] = "--server.port=0";
        args[arguments.length + 1] = "--spring.main.banner-mode=off";
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(ToitCommunApplication.class).run(args).close());
        assertThat(failure).as("the application refused to start").isNotNull();
        return failure;
    }
}
