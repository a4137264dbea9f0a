package coop.toitcommun.web.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** A password accepted a moment ago, waiting for its code; kept in the visitor's session for five minutes. */
record PendingSecondStep(long personId, Instant expiresAt) implements Serializable {

    private static final String ATTRIBUTE = PendingSecondStep.class.getName();

    void store(HttpServletRequest request) {
        request.getSession().setAttribute(ATTRIBUTE, this);
    }

    static Optional<PendingSecondStep> of(HttpServletRequest request, Instant now) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof PendingSecondStep pending)) {
            return Optional.empty();
        }
        if (!now.isBefore(pending.expiresAt())) {
            session.removeAttribute(ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    static void clear(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
