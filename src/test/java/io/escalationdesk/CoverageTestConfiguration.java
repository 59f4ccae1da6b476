package io.escalationdesk;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Process test classes fail unless they cover every flow node and sequence flow. */
@TestConfiguration(proxyBeanMethods = false)
class CoverageTestConfiguration {

  @Bean
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.Companion.builder()
        .assertClassCoverageAtLeast(1.0)
        .reportDirectory(TestEnvironment.onPostgres()
            ? "target/process-test-coverage-postgres" : "target/process-test-coverage")
        .build();
  }
}
