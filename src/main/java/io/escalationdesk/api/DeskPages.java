package io.escalationdesk.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The agent case page lives at {@code /desk/}; its data comes from the authenticated API. */
@Configuration(proxyBeanMethods = false)
class DeskPages implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/desk", "/desk/");
    registry.addViewController("/desk/").setViewName("forward:/desk/index.html");
  }
}
