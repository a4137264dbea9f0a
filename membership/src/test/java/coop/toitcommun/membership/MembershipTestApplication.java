package coop.toitcommun.membership;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The membership module alone, for its own integration tests. */
@SpringBootApplication
public class MembershipTestApplication {
}
