package io.escalationdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real port. Every test class using it shares one cached context.
 * Classes whose behaviour depends on the database add {@code @Tag("database")} and run again on
 * PostgreSQL in the second Surefire run; the browser tests and the web hardening do not.
 * Metrics are exported as in production (Spring Boot tests switch the Prometheus registry off
 * otherwise).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import({ProcessEngineCoverageConfiguration.class, CoverageTestConfiguration.class})
public @interface EscalationDeskTest {}
