package io.escalationdesk;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** For slice tests without the engine, whose clock the application's own follows. */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

    /** Monday 30 November 2026, 09:15 in Berlin. */
    public static final Instant NOW = Instant.parse("2026-11-30T08:15:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
