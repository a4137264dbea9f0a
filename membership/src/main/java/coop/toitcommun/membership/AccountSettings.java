package coop.toitcommun.membership;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account rules that operators may tune.
 *
 * @param invitationValidity how long an invitation link works
 * @param passwordResetValidity how long a password reset link works
 * @param maxLoginFailures failures, per login or per client address, after which sign-in is refused
 * @param loginBlockDuration the window in which failures count, and how long the refusal lasts
 */
@ConfigurationProperties("toitcommun.accounts")
public record AccountSettings(@DefaultValue("7d") Duration invitationValidity,
                              @DefaultValue("1h") Duration passwordResetValidity,
                              @DefaultValue("5") int maxLoginFailures,
                              @DefaultValue("15m") Duration loginBlockDuration) {
}
