package coop.toitcommun.web.i18n;

import java.nio.charset.StandardCharsets;

import coop.toitcommun.membership.Houses;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    /** In place of Spring Boot's: the same bundles, each message in the name of its house. */
    @Bean
    MessageSource messageSource(Houses houses) {
        HouseMessageSource messages = new HouseMessageSource(houses);
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
