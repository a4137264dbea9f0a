package coop.toitcommun.membership;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account rules that operators may tune.
 *
 * @param invitationValidity how long an invitation link works
 * @param passwordResetValidity how long a password reset link works
 * @param maxLoginFailures failures allowed, per account and client address, before each further try must wait
 * @param loginFirstDelay the wait after the first failure beyond {@code maxLoginFailures}; it doubles with each
 *                        further failure
 * @param loginMaxDelay the longest wait
 * @param loginAccountCeiling failures on one account, from all addresses, beyond which the addresses that have
 *                            failed are refused (an address that has not failed still may sign in) and the owner
 *                            is emailed an unlock link
 * @param loginFailureMemory how long failures are remembered after the last one; also how long an unlock link works
 * @param passwordResetsPerAccount password reset requests accepted per email address and {@code passwordResetWindow}
 * @param passwordResetsPerAddress password reset requests accepted per client address and {@code passwordResetWindow}
 * @param passwordResetWindow the window in which password reset requests are counted
 */
@ConfigurationProperties("toitcommun.accounts")
public record AccountSettings(@DefaultValue("7d") Duration invitationValidity,
                              @DefaultValue("1h") Duration passwordResetValidity,
                              @DefaultValue("5") int maxLoginFailures,
                              @DefaultValue("1m") Duration loginFirstDelay,
                              @DefaultValue("1h") Duration loginMaxDelay,
                              @DefaultValue("20") int loginAccountCeiling,
                              @DefaultValue("24h") Duration loginFailureMemory,
                              @DefaultValue("3") int passwordResetsPerAccount,
                              @DefaultValue("10") int passwordResetsPerAddress,
                              @DefaultValue("1h") Duration passwordResetWindow) {
}
