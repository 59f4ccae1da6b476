package io.escalationdesk;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Where the process coverage goes: the coverage listener registers itself for every Spring test
 * class and writes one report per class, for the H2 and the PostgreSQL run apart.
 * ProcessCoverageTest adds up the reports of each BPMN's process test classes and fails unless
 * together they pass every flow node and sequence flow.
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
