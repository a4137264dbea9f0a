package coop.toitcommun;

import coop.toitcommun.web.backup.BackupCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The shared house's application: membership, governance and venue behind one web front. The same jar makes
 * and restores backups: {@code backup [folder]}, {@code restore <file>} (see docs/operations.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ToitCommunApplication {

    public static void main(String[] args) {
        if (BackupCommands.handles(args)) {
            System.exit(BackupCommands.run(args));
        }
        SpringApplication.run(ToitCommunApplication.class, args);
    }
}
