package coop.toitcommun.web.i18n;

import java.util.Locale;
import java.util.Optional;

import coop.toitcommun.membership.Language;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a visit: the one chosen in this browser until it closes, else the browser's first language the
 * house speaks, else French. Signing in applies the account's preference, unless a language was chosen just before.
 *
 * <p>The choice lives in a cookie of its own, not in the session, so that a visitor who only reads public pages in
 * English is never given a session, stored in PostgreSQL with every request.
 */
@Component("localeResolver")
public class VisitLanguageResolver implements LocaleResolver {

    static final String COOKIE = "lang";
    private static final String CHOSEN_IN_THIS_REQUEST = VisitLanguageResolver.class.getName() + ".LANGUAGE";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return chosen(request).or(() -> fromBrowser(request)).orElse(Language.DEFAULT).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Language language = Language.of(locale);
        if (language == request.getAttribute(CHOSEN_IN_THIS_REQUEST)) {
            return;
        }
        request.setAttribute(CHOSEN_IN_THIS_REQUEST, language);
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, language.tag())
            .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite("Lax")
            .build().toString());
    }

    /** The language chosen during this visit, if any: the header switch or a {@code ?lang=} link. */
    public Optional<Language> chosen(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN_IN_THIS_REQUEST) instanceof Language language) {
            return Optional.of(language);
        }
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return Language.fromTag(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** Without an Accept-Language header the container answers its own default locale: ignore it then. */
    private static Optional<Language> fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        var locales = request.getLocales();
        while (locales.hasMoreElements()) {
            Optional<Language> language = Language.fromTag(locales.nextElement().toLanguageTag());
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }
}
