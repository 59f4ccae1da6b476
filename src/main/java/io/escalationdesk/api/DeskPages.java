package io.escalationdesk.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The agent case page lives at {@code /desk/}, the insight dashboard at {@code /desk/insights},
 * the knowledge articles at {@code /desk/knowledge},
 * the review of lessons and dissatisfied customers at {@code /desk/review}, the parked messages
 * for administrators at {@code /desk/parked};
 * their data comes from the authenticated API.
 */
@Configuration(proxyBeanMethods = false)
class DeskPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/desk", "/desk/");
        registry.addViewController("/desk/").setViewName("forward:/desk/index.html");
        registry.addViewController("/desk/insights").setViewName("forward:/desk/insights.html");
        registry.addViewController("/desk/knowledge").setViewName("forward:/desk/knowledge.html");
        registry.addViewController("/desk/review").setViewName("forward:/desk/review.html");
        registry.addViewController("/desk/parked").setViewName("forward:/desk/parked.html");
    }
}
