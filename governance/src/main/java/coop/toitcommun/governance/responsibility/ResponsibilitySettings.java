package coop.toitcommun.governance.responsibility;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The house's settings for its responsibilities ({@code toitcommun.responsibilities.*}).
 *
 * @param dependenceThreshold a person holding more responsibilities than this is flagged in the dependence view
 */
@ConfigurationProperties("toitcommun.responsibilities")
public record ResponsibilitySettings(@DefaultValue("3") int dependenceThreshold) {
}
