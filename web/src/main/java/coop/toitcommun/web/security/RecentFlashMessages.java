package coop.toitcommun.web.security;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The messages a form leaves for the page it redirects to ("Réservation confirmée."), kept in the session until
 * that page is shown, as Spring does, but those of the session's last {@value #KEPT} forms only. A form sent without
 * following its redirection (a double click, a script, the benchmark) leaves its message for three minutes, and each
 * request of the session reads and writes every message it holds: without a bound, a session that sent a thousand
 * forms made each of its requests read and write 80 KB.
 */
class RecentFlashMessages extends SessionFlashMapManager {

    static final int KEPT = 10;

    @Override
    protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
        super.updateFlashMaps(flashMaps.size() <= KEPT ? flashMaps
            : new CopyOnWriteArrayList<>(flashMaps.subList(flashMaps.size() - KEPT, flashMaps.size())), request, response);
    }
}
