package io.escalationdesk.engine.config;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineClockConfiguration {

    /**
     * The engine's clock: timer due dates, SLA due times and timeline timestamps then agree, also
     * when a test sets the engine's time.
     */
    @Bean
    Clock clock() {
        return new EngineClock();
    }

    private static final class EngineClock extends Clock {

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("The engine's clock runs in UTC");
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
