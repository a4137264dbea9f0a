package coop.toitcommun.web.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC, {@code web.http_session}); Spring Session's filter is given a
 * repository that reads a request's session once ({@link SessionReadOncePerRequest}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    private static final String SESSION_REPOSITORY = "sessionRepository";

    @Bean
    static BeanPostProcessor sessionReadOncePerRequest() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return SESSION_REPOSITORY.equals(beanName) && bean instanceof FindByIndexNameSessionRepository<?> sessions
                    ? readOnce(sessions) : bean;
            }
        };
    }

    /** Before Spring Session's own filter, so that the request's session is forgotten after its last commit. */
    @Bean
    FilterRegistrationBean<?> forgetTheRequestsSession(ApplicationContext context) {
        SessionReadOncePerRequest<?> sessions = context.getBean(SESSION_REPOSITORY, SessionReadOncePerRequest.class);
        FilterRegistrationBean<?> registration = new FilterRegistrationBean<>(sessions.filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static <S extends Session> SessionReadOncePerRequest<S> readOnce(FindByIndexNameSessionRepository<S> sessions) {
        return new SessionReadOncePerRequest<>(sessions);
    }
}
