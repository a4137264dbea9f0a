package coop.toitcommun.membership;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AccountSettings.class, DoorSettings.class})
class MembershipConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The house's time zone ({@code toitcommun.zone}): every date shown to people is in it. */
    @Bean
    ZoneId houseZone(@Value("${toitcommun.zone:Europe/Paris}") ZoneId zone) {
        return zone;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
