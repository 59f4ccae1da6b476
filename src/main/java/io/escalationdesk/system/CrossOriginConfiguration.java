package io.escalationdesk.system;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Browser clients on other origins (a CRM widget, a web modeler) may call {@code /api} and
 * {@code /engine-rest} when their origin is listed. Off unless origins are configured: a proxy
 * that rewrites the scheme would otherwise make our own pages look cross-origin.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${escalation.cors.allowed-origins:}'.isBlank()")
class CrossOriginConfiguration {

    @Bean
    FilterRegistrationBean<CorsFilter> crossOriginFilter(
            @Value("${escalation.cors.allowed-origins}") List<String> allowedOrigins) {
        var cors = new CorsConfiguration();
        cors.setAllowedOrigins(allowedOrigins);
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"));
        // Basic credentials travel in the Authorization header, not as cookies
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "X-Requested-With"));
        cors.setExposedHeaders(List.of("Location"));
        cors.setMaxAge(Duration.ofHours(1));
        // the filter's URL patterns choose the paths: the source's own patterns would see
        // /engine-rest paths relative to Jersey's servlet mapping
        var everyPath = new UrlBasedCorsConfigurationSource();
        everyPath.registerCorsConfiguration("/**", cors);

        // ahead of every authentication filter: a preflight carries no credentials
        var registration = new FilterRegistrationBean<>(new CorsFilter(everyPath));
        registration.setName("cross-origin");
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
