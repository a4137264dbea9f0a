package coop.toitcommun.membership;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rules of the door that the house may tune.
 *
 * @param approvalsNeeded distinct co-founders who must approve an application
 * @param resignatureDelay how long members have to re-sign a new charter version before suspension
 * @param exclusionAnswerDelay how long an organisation has to answer the grounds of an exclusion procedure
 * @param applicationsPerAddress applications accepted from one client address per day
 * @param minimumFillTime a form sent back faster than this was filled by a robot
 */
@ConfigurationProperties("toitcommun.membership")
public record DoorSettings(@DefaultValue("2") int approvalsNeeded,
                           @DefaultValue("90d") Duration resignatureDelay,
                           @DefaultValue("30d") Duration exclusionAnswerDelay,
                           @DefaultValue("5") int applicationsPerAddress,
                           @DefaultValue("5s") Duration minimumFillTime) {
}
