package coop.toitcommun.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.transaction.CannotCreateTransactionException;

class SessionReadOncePerRequestTests {

    @SuppressWarnings("unchecked")
    private final FindByIndexNameSessionRepository<MapSession> stored = mock(FindByIndexNameSessionRepository.class);
    private final SessionReadOncePerRequest<MapSession> sessions = new SessionReadOncePerRequest<>(stored);

    @Test
    void aRequestReadsItsSessionOnceAndTheNextRequestReadsItAgain() throws Exception {
        MapSession first = new MapSession("a");
        MapSession changedElsewhere = new MapSession("a");
        when(stored.findById("a")).thenReturn(first, changedElsewhere);

        serve(() -> {
            assertThat(sessions.findById("a")).isSameAs(first);
            sessions.save(first);
            assertThat(sessions.findById("a")).isSameAs(first);
            assertThat(sessions.findById("b")).isNull();
        });
        serve(() -> assertThat(sessions.findById("a")).as("the next request").isSameAs(changedElsewhere));

        verify(stored, times(2)).findById("a");
    }

    @Test
    void aSessionGivenANewIdOrDeletedIsNotHandedBack() throws Exception {
        MapSession session = new MapSession("a");
        when(stored.findById("a")).thenReturn(session, (MapSession) null);
        serve(() -> {
            assertThat(sessions.findById("a")).isSameAs(session);
            session.setId("c");
            assertThat(sessions.findById("a")).as("its old id").isNull();
            sessions.deleteById("c");
            assertThat(sessions.findById("c")).isNull();
        });
        verify(stored).deleteById("c");
        verify(stored).findById("c");
    }

    @Test
    void whenTheDatabaseDoesNotAnswerTheRequestWaitsForItOnceAndStoresNothing() throws Exception {
        when(stored.findById("a")).thenThrow(new CannotCreateTransactionException("no connection",
            new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms")));
        serve(() -> {
            assertThatThrownBy(() -> sessions.findById("a")).isInstanceOf(CannotCreateTransactionException.class);
            assertThat(sessions.findById("a")).as("the error page's dispatch").isNull();
            sessions.save(new MapSession("b"));
        });
        verify(stored, times(1)).findById("a");
        verify(stored, never()).save(any());
    }

    private void serve(Runnable request) throws Exception {
        sessions.filter().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), new MockFilterChain(
            new HttpServlet() {
                @Override
                protected void service(HttpServletRequest req, HttpServletResponse resp) {
                    request.run();
                }
            }));
    }
}
