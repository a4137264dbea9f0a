package coop.toitcommun.web.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import coop.toitcommun.membership.CurrentHouse;
import coop.toitcommun.membership.House;
import coop.toitcommun.membership.Houses;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's messages (messages.properties, messages_en.properties), where they speak of the house, in the
 * name of the house the thread works for (the request's, or the one a background job runs for; the first house when
 * none): one deployment serves several houses with one set of messages ({@link HouseNameForms}). Messages that do
 * not name the house are resolved and cached as by Spring's own message source.
 */
class HouseMessageSource extends ResourceBundleMessageSource {

    private record Key(String code, Locale locale, String house) {
    }

    private final Houses houses;
    /** Spring synchronises on each format while it formats, as on its own cached ones. */
    private final Map<Key, MessageFormat> formats = new ConcurrentHashMap<>();

    HouseMessageSource(Houses houses) {
        this.houses = houses;
    }

    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
        String message = super.resolveCodeWithoutArguments(code, locale);
        return message != null && HouseNameForms.hasTokens(message) ? forms(locale).fill(message) : message;
    }

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        String pattern = super.resolveCodeWithoutArguments(code, locale);
        if (pattern == null || !HouseNameForms.hasTokens(pattern)) {
            return super.resolveCode(code, locale);
        }
        HouseNameForms forms = forms(locale);
        return formats.computeIfAbsent(new Key(code, locale, forms.name()),
            key -> createMessageFormat(forms.quoted().fill(pattern), locale));
    }

    private HouseNameForms forms(Locale locale) {
        String name = houses.byId(CurrentHouse.id().orElse(Houses.FIRST)).map(House::name)
            .orElseGet(() -> getMessage("site.name", null, locale));
        return HouseNameForms.of(name, locale);
    }
}
