package coop.toitcommun.membership;

/**
 * A secret waiting for its first code: what the person types into their authenticator app by hand (Base32, in
 * groups of four) or scans as a QR code ({@code uri}, an {@code otpauth://} address).
 */
public record TwoStepEnrolment(String secret, String uri) {
}
