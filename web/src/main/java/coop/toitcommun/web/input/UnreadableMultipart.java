package coop.toitcommun.web.input;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A multipart request that Tomcat cannot read (a file name with a NUL character, headers that never end) gets the
 * 400 page before anything reads its parameters: the CSRF check would otherwise meet Tomcat's exception first
 * and answer with a server error.
 */
@Configuration(proxyBeanMethods = false)
class UnreadableMultipart {

    private static final Logger LOG = LoggerFactory.getLogger(UnreadableMultipart.class);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> unreadableMultipartFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
                String type = request.getContentType();
                if (type != null && type.toLowerCase().startsWith("multipart/")) {
                    try {
                        request.getParameterMap();
                    } catch (RuntimeException e) {
                        LOG.info("Unreadable multipart request to {} refused: {}", request.getRequestURI(), e.getMessage());
                        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        });
        // after the upload size check, which must refuse a large body before anything reads it
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
