package coop.toitcommun.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Forwarded headers are trusted only from the proxies listed in configuration. A bare server with the shipped
 * {@code server.*} settings answers the client address it sees: X-Forwarded-For from an unlisted address changes
 * nothing, and from a listed proxy only the address the proxy saw counts.
 */
class TrustedProxiesIT {

    private static final String PROXIES = "server.tomcat.remoteip.internal-proxies";

    @Test
    void byDefaultNoProxyIsTrustedSoAClientCannotChooseItsAddress() throws Exception {
        Map<String, Object> shipped = shippedServerSettings();
        assertThat(shipped).containsEntry(PROXIES, "");

        assertThat(addressSeen(shipped, "203.0.113.7")).isEqualTo("127.0.0.1");
    }

    @Test
    void fromAListedProxyTheAddressItSawCountsAndNothingTheClientAdded() throws Exception {
        Map<String, Object> settings = shippedServerSettings();
        settings.put(PROXIES, "127\\.0\\.0\\.1");

        assertThat(addressSeen(settings, "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(addressSeen(settings, "198.51.100.1, 203.0.113.7")).as("the client's own X-Forwarded-For is ignored")
            .isEqualTo("203.0.113.7");
    }

    /** The server settings of the packaged application.properties, and nothing else (not the tests' config). */
    private static Map<String, Object> shippedServerSettings() throws Exception {
        Properties shipped = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        Map<String, Object> settings = new HashMap<>();
        shipped.stringPropertyNames().stream().filter(name -> name.startsWith("server.forward") || name.startsWith("server.tomcat.remoteip"))
            .forEach(name -> settings.put(name, shipped.getProperty(name)));
        settings.put("server.port", "0");
        settings.put("spring.config.name", "trusted-proxies-only");
        return settings;
    }

    private static String addressSeen(Map<String, Object> settings, String forwardedFor) throws Exception {
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(EchoAddress.class)
                 .web(WebApplicationType.SERVLET).properties(settings).run()) {
            int port = ((WebServerApplicationContext) server).getWebServer().getPort();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/address"))
                .header("X-Forwarded-For", forwardedFor).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class})
    static class EchoAddress {

        @RestController
        static class Echo {
            @GetMapping("/address")
            String address(HttpServletRequest request) {
                return request.getRemoteAddr();
            }
        }
    }
}
