package coop.toitcommun.governance;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The governance module with membership's beans, entities and repositories under it, for its own tests. */
@SpringBootApplication(scanBasePackages = "coop.toitcommun")
@EntityScan("coop.toitcommun.membership")
@EnableJpaRepositories("coop.toitcommun.membership")
public class GovernanceTestApplication {
}
