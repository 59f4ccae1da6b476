package io.escalationdesk.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.escalationdesk.feedback.SurveyProperties;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Survey answers per client address in fixed windows of the application's clock: one address may
 * send {@code submissions-per-address} per {@code submission-window}, valid or not, so nobody
 * tries links by the thousand or floods the page. Kept per node, in memory.
 */
@Component
class SurveySubmissionLimit {

    private final SurveyProperties properties;
    private final Clock clock;
    private final Cache<String, AtomicInteger> windows;

    SurveySubmissionLimit(SurveyProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.windows = Caffeine.newBuilder()
                .expireAfterWrite(properties.submissionWindow().multipliedBy(2))
                .maximumSize(100_000)
                .build();
    }

    /** Counts a submission from the address: whether it is within the limit. */
    boolean admits(String address) {
        long window = clock.millis() / properties.submissionWindow().toMillis();
        return windows.get(address + "@" + window, key -> new AtomicInteger()).incrementAndGet()
                <= properties.submissionsPerAddress();
    }
}
