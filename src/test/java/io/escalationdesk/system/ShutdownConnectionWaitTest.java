package io.escalationdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;

/**
 * A pool whose database is gone: once the node closes, a connection is waited for a second,
 * not the configured timeout. Hikari says in its failure how long the request waited.
 */
class ShutdownConnectionWaitTest {

    /** Twice the wait while stopping: apart by a second, and little for the running node to sit out. */
    private static final long CONFIGURED_WAIT_MS = 2_000;

    private static final Pattern WAITED = Pattern.compile("request timed out after (\\d+)ms");

    @Test
    void aClosingNodeWaitsASecondForAConnectionToADatabaseThatIsGone() {
        try (HikariDataSource pool = poolOfAGoneDatabase()) {
            new ShutdownConnectionWait(
                            new StaticListableBeanFactory(Map.of("dataSource", pool)).getBeanProvider(DataSource.class))
                    .onApplicationEvent(new ContextClosedEvent(new GenericApplicationContext()));

            long waited = waitedMillis(catchThrowable(pool::getConnection));

            assertThat(waited)
                    .isGreaterThanOrEqualTo(ShutdownConnectionWait.WAIT_WHILE_STOPPING.toMillis())
                    .isLessThan(CONFIGURED_WAIT_MS);
        }
    }

    @Test
    void aRunningNodeWaitsTheConfiguredTimeout() {
        try (HikariDataSource pool = poolOfAGoneDatabase()) {
            assertThat(waitedMillis(catchThrowable(pool::getConnection))).isGreaterThanOrEqualTo(CONFIGURED_WAIT_MS);
        }
    }

    private static HikariDataSource poolOfAGoneDatabase() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:9/escalation");
        config.setConnectionTimeout(CONFIGURED_WAIT_MS);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    private static long waitedMillis(Throwable failure) {
        assertThat(failure).isInstanceOf(SQLTransientConnectionException.class);
        Matcher waited = WAITED.matcher(failure.getMessage());
        assertThat(waited.find()).as(failure.getMessage()).isTrue();
        return Long.parseLong(waited.group(1));
    }
}
