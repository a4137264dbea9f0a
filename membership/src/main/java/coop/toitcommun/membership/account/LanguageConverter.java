package coop.toitcommun.membership.account;

import coop.toitcommun.membership.Language;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a language as its lower-case tag ('fr', 'en'), as the check constraint expects. */
@Converter
public class LanguageConverter implements AttributeConverter<Language, String> {

    @Override
    public String convertToDatabaseColumn(Language language) {
        return language == null ? null : language.tag();
    }

    @Override
    public Language convertToEntityAttribute(String tag) {
        return tag == null ? null : Language.fromTag(tag).orElseThrow();
    }
}
