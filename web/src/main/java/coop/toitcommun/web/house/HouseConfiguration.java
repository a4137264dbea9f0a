package coop.toitcommun.web.house;

import coop.toitcommun.membership.Houses;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class HouseConfiguration {

    /** The very first filter, in every dispatch: the session is read from the house's rows. */
    @Bean
    FilterRegistrationBean<HouseOfTheRequest> houseOfTheRequest(Houses houses) {
        FilterRegistrationBean<HouseOfTheRequest> registration = new FilterRegistrationBean<>(new HouseOfTheRequest(houses));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC,
            DispatcherType.FORWARD, DispatcherType.INCLUDE);
        return registration;
    }
}
