package io.escalationdesk.engine.config;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine API of Camunda's web apps ({@code /camunda/api/engine/*}), which Tasklist starts
 * processes and completes tasks through, answers failures as {@code /engine-rest} does
 * ({@link EngineRestProblems}). It is Camunda's own application, registered here under the name
 * Camunda's web app starter gives it, before the starter runs: the starter keeps a servlet
 * already registered under that name.
 */
@Configuration(proxyBeanMethods = false)
class WebappEngineApi {

    @Bean
    ServletRegistrationBean<ServletContainer> webappEngineApiServlet(
            CamundaBpmProperties camunda, EngineRestProblems problems) {
        ResourceConfig api = ResourceConfig.forApplicationClass(EngineRestApplication.class);
        problems.customize(api);
        var registration = new ServletRegistrationBean<>(new ServletContainer(api), pathOf(camunda));
        registration.setName("Engine Api"); // the starter's name for its engine API servlet
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Where the web apps' engine API answers, as a servlet mapping. */
    static String pathOf(CamundaBpmProperties camunda) {
        return camunda.getWebapp().getApplicationPath() + "/api/engine/*";
    }
}
