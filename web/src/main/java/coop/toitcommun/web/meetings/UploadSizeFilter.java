package coop.toitcommun.web.meetings;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A document upload larger than the multipart limit is turned back before anything reads the request (the
 * CSRF filter would otherwise make Tomcat fail on it): back to the agenda with the French message.
 */
@Configuration
class UploadSizeFilter {

    private static final Pattern UPLOAD = Pattern.compile("^/meetings/(\\d+)/items/\\d+/documents$");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uploadSizeLimit(@Value("${spring.servlet.multipart.max-request-size}") DataSize limit) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
                Matcher upload = UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length()));
                if ("POST".equals(request.getMethod()) && upload.matches() && request.getContentLengthLong() > limit.toBytes()) {
                    response.sendRedirect(request.getContextPath() + "/meetings/" + upload.group(1) + "/agenda?upload=tooLarge");
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/meetings/*");
        return registration;
    }
}
