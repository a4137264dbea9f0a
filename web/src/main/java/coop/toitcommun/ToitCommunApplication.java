package coop.toitcommun;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The shared house's application: membership, governance and venue behind one web front. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ToitCommunApplication {

    public static void main(String[] args) {
        SpringApplication.run(ToitCommunApplication.class, args);
    }
}
