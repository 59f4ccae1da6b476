package io.escalationdesk.insight;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The reports as worked out at most {@code escalation.insight.refresh-after} ago. A period's
 * figures sort every case and stay of it for their percentiles; at a large call center that
 * takes seconds, not the moment a supervisor waits. The first request for a report works it out;
 * later ones get it at once, and once it is older than the refresh time the next request still
 * gets it while one thread works it out again. A report nobody asked for in half an hour is
 * dropped. Each report says when it was worked out ({@link Report#asOf()}).
 */
@Component
public class InsightCache {

    private static final Duration IDLE = Duration.ofMinutes(30);
    private static final int MOST_REPORTS = 1_000;

    private final LoadingCache<Key, Report> reports;
    private final Clock clock;

    @Autowired
    InsightCache(InsightProperties properties, Clock clock) {
        // one thread: refreshing the reports in the background never takes more than one core
        this(properties, clock, Ticker.systemTicker(), Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "insight-refresh");
            thread.setDaemon(true);
            return thread;
        }));
    }

    InsightCache(InsightProperties properties, Clock clock, Ticker ticker, Executor refresher) {
        this.clock = clock;
        this.reports = Caffeine.newBuilder()
                .refreshAfterWrite(properties.refreshAfter())
                .expireAfterAccess(IDLE)
                .maximumSize(MOST_REPORTS)
                .ticker(ticker)
                .executor(refresher)
                .build(this::workOut);
    }

    /**
     * The report named, for these arguments (a filter, a grouping, an agent), as {@code workOut}
     * gives it; equal arguments share it.
     */
    public Report get(String report, List<Object> arguments, Supplier<Report> workOut) {
        return reports.get(new Key(report, arguments, workOut));
    }

    private Report workOut(Key key) {
        return key.workOut().get().workedOutAt(clock.instant());
    }

    /** A report and its arguments; how to work it out does not tell one key from another. */
    private record Key(String report, List<Object> arguments, Supplier<Report> workOut) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && report.equals(key.report) && arguments.equals(key.arguments);
        }

        @Override
        public int hashCode() {
            return Objects.hash(report, arguments);
        }
    }
}
