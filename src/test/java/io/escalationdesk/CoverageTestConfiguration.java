package io.escalationdesk;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A Spring test class fails unless it covers every flow node and sequence flow of the processes
 * it runs (the coverage listener registers itself for every Spring test), so each BPMN has one
 * process test class that walks all of its paths.
 */
@TestConfiguration(proxyBeanMethods = false)
class CoverageTestConfiguration {

    @Bean
    @Primary
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.Companion.builder()
                .reportDirectory(
                        TestEnvironment.onPostgres()
                                ? "target/process-test-coverage-postgres"
                                : "target/process-test-coverage")
                .build();
    }
}
