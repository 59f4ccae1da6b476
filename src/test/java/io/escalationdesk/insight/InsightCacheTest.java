package io.escalationdesk.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Reports worked out once, served at once, refreshed in the background when a minute old. */
class InsightCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:15:00Z");

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger workedOut = new AtomicInteger();
    /** The background thread's work (the refresh, the cache's upkeep), run when the test says. */
    private final List<Runnable> refreshes = new ArrayList<>();

    private final InsightCache cache = new InsightCache(
            new InsightProperties(ZoneOffset.UTC, 7, List.of(), Duration.ofHours(1), 1.5, 4, 10, Duration.ofMinutes(1)),
            Clock.fixed(NOW, ZoneOffset.UTC),
            (Ticker) nanos::get,
            refreshes::add);

    @Test
    void aReportIsWorkedOutOnceForEqualArgumentsAndSaysWhen() {
        Report first = summary("2026-11-01");
        Report again = summary("2026-11-01");
        summary("2026-10-01");

        assertThat(workedOut).hasValue(2);
        assertThat(again).isSameAs(first);
        assertThat(first.title()).isEqualTo("Summary 1");
        assertThat(first.asOf()).isEqualTo(NOW);
    }

    @Test
    void aReportOlderThanTheRefreshTimeIsServedWhileItIsWorkedOutAgain() {
        summary("2026-11-01");
        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(summary("2026-11-01").title()).isEqualTo("Summary 1");

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(summary("2026-11-01").title()).isEqualTo("Summary 1");
        assertThat(summary("2026-11-01").title()).isEqualTo("Summary 1");

        while (!refreshes.isEmpty()) {
            refreshes.remove(0).run();
        }
        assertThat(summary("2026-11-01").title()).isEqualTo("Summary 2");
        assertThat(workedOut).hasValue(2); // one refresh for both requests that found it old
    }

    private Report summary(String from) {
        return cache.get(
                "summary",
                List.of(from),
                () -> Report.titled("Summary " + workedOut.incrementAndGet()).build());
    }
}
