package coop.toitcommun.web.i18n;

import java.util.Locale;
import java.util.Optional;

import coop.toitcommun.membership.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a visit: the one chosen in this session, else the browser's first language the house
 * speaks, else French. Signing in applies the account's preference, unless a language was chosen just before.
 */
@Component("localeResolver")
public class SessionLanguageResolver implements LocaleResolver {

    private static final String SESSION_ATTRIBUTE = SessionLanguageResolver.class.getName() + ".LANGUAGE";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return chosen(request).or(() -> fromBrowser(request)).orElse(Language.DEFAULT).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        request.getSession().setAttribute(SESSION_ATTRIBUTE, Language.of(locale));
    }

    /** The language chosen during this visit, if any: the header switch or a {@code ?lang=} link. */
    public Optional<Language> chosen(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((Language) session.getAttribute(SESSION_ATTRIBUTE));
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
