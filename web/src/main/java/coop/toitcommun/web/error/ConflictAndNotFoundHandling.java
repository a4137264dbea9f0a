package coop.toitcommun.web.error;

import java.sql.SQLException;
import java.util.Set;

import coop.toitcommun.governance.GovernanceNotFoundException;
import coop.toitcommun.membership.AccountNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What concurrency or a stale page can cause becomes a 409 page that says so, a missing record a 404 page;
 * never a stack trace. Forms that can foresee a conflict handle it themselves and keep what was typed.
 */
@ControllerAdvice
class ConflictAndNotFoundHandling {

    private static final Logger LOG = LoggerFactory.getLogger(ConflictAndNotFoundHandling.class);

    /** unique_violation, exclusion_violation, deadlock_detected, serialization_failure */
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "23P01", "40P01", "40001");

    @ExceptionHandler(ConcurrencyFailureException.class)
    ModelAndView concurrency(ConcurrencyFailureException e) {
        LOG.info("Concurrent change refused: {}", e.getMessage());
        return ErrorPage.of(HttpStatus.CONFLICT);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView integrity(DataIntegrityViolationException e) throws DataIntegrityViolationException {
        if (!CONFLICT_STATES.contains(sqlState(e))) {
            throw e;
        }
        LOG.info("Conflicting change refused by the database: {}", e.getMostSpecificCause().getMessage());
        return ErrorPage.of(HttpStatus.CONFLICT);
    }

    @ExceptionHandler({AccountNotFoundException.class, GovernanceNotFoundException.class})
    ModelAndView notFound() {
        return ErrorPage.of(HttpStatus.NOT_FOUND);
    }

    /** Hibernate 7 does not always name the constraint; the SQLSTATE in the cause chain is reliable. */
    static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }
}
