package coop.toitcommun.web.security;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC, {@code web.http_session}); Spring Session's filter is given a
 * repository that reads a request's session once ({@link SessionReadOncePerRequest}) and writes it only when more
 * than its access time changed or a minute went by ({@link AccessTimeStoredOncePerMinute}), and a cookie writer that
 * keeps the visitor's cookie while the database does not answer ({@link SessionCookieKeptWhileDatabaseDown}), with
 * the cookie settings Spring Boot made from {@code server.servlet.session.cookie.*}. The messages forms leave for the
 * next page are kept for the session's last forms only ({@link RecentFlashMessages}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    private static final String SESSION_REPOSITORY = "sessionRepository";

    @Bean
    static BeanPostProcessor sessionReadOncePerRequest(ObjectProvider<CookieSerializer> cookieSerializer,
                                                       ObjectProvider<SessionReadsWithoutTransaction> transactions) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof SessionRepositoryFilter<?> filter) {
                    CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();
                    cookies.setCookieSerializer(cookieSerializer.getObject());
                    filter.setHttpSessionIdResolver(new SessionCookieKeptWhileDatabaseDown(cookies));
                }
                return SESSION_REPOSITORY.equals(beanName) && bean instanceof FindByIndexNameSessionRepository<?> sessions
                    ? readOnce(sessions, transactions.getObject()) : bean;
            }
        };
    }

    /**
     * The application's transaction template, as Spring Boot would make it: Boot makes none once any bean is a
     * TransactionOperations, as the session store's transactions below are.
     */
    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }

    /** Spring Session's own transactions (a new one for each operation), but none around the read of a session. */
    @Bean
    @Qualifier("springSessionTransactionOperations")
    SessionReadsWithoutTransaction sessionTransactions(PlatformTransactionManager transactionManager) {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new SessionReadsWithoutTransaction(transactions);
    }

    /**
     * Two requests of one session at once (two tabs, a double click, parallel requests) may both add the same
     * attribute, a flash message for instance: the second insert then updates the row instead of failing the request.
     * Runs after Spring Boot's customizer, which sets the table name and rebuilds the queries.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentRequestsOfOneSession() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Before Spring Session's own filter, in the request's dispatch and in its error page's; after the filter that
     * chooses the request's house, whose rows hold the session.
     */
    @Bean
    FilterRegistrationBean<?> requestServedBySessionStore(ApplicationContext context) {
        SessionReadOncePerRequest<?> sessions = context.getBean(SESSION_REPOSITORY, SessionReadOncePerRequest.class);
        FilterRegistrationBean<?> registration = new FilterRegistrationBean<>(sessions.filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /** The messages forms leave for the next page, under the name Spring MVC looks for. */
    @Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    RecentFlashMessages flashMapManager() {
        return new RecentFlashMessages();
    }

    /** Right after Spring Session's filter, which would otherwise read the session of a monitoring tool's cookie. */
    @Bean
    FilterRegistrationBean<SessionlessHealthCheck> sessionlessHealthCheck() {
        FilterRegistrationBean<SessionlessHealthCheck> registration = new FilterRegistrationBean<>(new SessionlessHealthCheck());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }

    private static <S extends Session> SessionReadOncePerRequest<?> readOnce(FindByIndexNameSessionRepository<S> sessions,
                                                                             SessionReadsWithoutTransaction transactions) {
        return new SessionReadOncePerRequest<>(new AccessTimeStoredOncePerMinute<>(sessions, transactions));
    }
}
