package coop.toitcommun.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

class SessionReadOncePerRequestTests {

    @SuppressWarnings("unchecked")
    private final FindByIndexNameSessionRepository<MapSession> stored = mock(FindByIndexNameSessionRepository.class);
    private final SessionReadOncePerRequest<MapSession> sessions = new SessionReadOncePerRequest<>(stored);

    @Test
    void aRequestReadsItsSessionOnceAndTheNextRequestReadsItAgain() throws Exception {
        MapSession first = new MapSession("a");
        MapSession changedElsewhere = new MapSession("a");
        when(stored.findById("a")).thenReturn(first, changedElsewhere);

        sessions.filter().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), new MockFilterChain(
            new HttpServlet() {
                @Override
                protected void service(HttpServletRequest request, HttpServletResponse response) {
                    assertThat(sessions.findById("a")).isSameAs(first);
                    sessions.save(first);
                    assertThat(sessions.findById("a")).isSameAs(first);
                    assertThat(sessions.findById("b")).isNull();
                }
            }));

        assertThat(sessions.findById("a")).as("another request, after this one ended").isSameAs(changedElsewhere);
        verify(stored, times(2)).findById("a");
    }

    @Test
    void aSessionDeletedOrGivenANewIdIsNotHandedBack() {
        MapSession session = new MapSession("a");
        when(stored.findById("a")).thenReturn(session, (MapSession) null);
        assertThat(sessions.findById("a")).isSameAs(session);

        session.setId("c");
        assertThat(sessions.findById("a")).as("its old id").isNull();
        sessions.deleteById("c");
        verify(stored).deleteById("c");
        when(stored.findById("c")).thenReturn(null);
        assertThat(sessions.findById("c")).isNull();
    }
}
