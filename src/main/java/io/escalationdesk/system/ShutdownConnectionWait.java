package io.escalationdesk.system;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.lang.reflect.Field;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * A node being stopped waits at most a second for a database connection. Each step of a
 * shutdown that touches the database (the engine undeploys and flushes its metrics, the billing
 * worker's last poll, the outbox's batch) would otherwise wait the whole connection timeout when
 * the database is gone, and the stop would outlast an orchestrator's 30 s. A healthy pool hands
 * out connections in microseconds, so in-flight work of a graceful stop is not hurried.
 *
 * <p>Set as the context closes, before the process application undeploys (on the same event)
 * and before the web server waits for its requests. Hikari's pool takes a changed connection
 * timeout from its configuration only at its next housekeeping, up to 30 s later, so the pool's
 * own copy is set too.
 */
@Component
class ShutdownConnectionWait implements ApplicationListener<ContextClosedEvent>, Ordered {

    static final Duration WAIT_WHILE_STOPPING = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(ShutdownConnectionWait.class);

    private final ObjectProvider<DataSource> dataSource;

    /** A provider: an app without one pool (a test's own data sources) keeps its timeouts. */
    ShutdownConnectionWait(ObjectProvider<DataSource> dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent closed) {
        DataSource pool = dataSource.getIfUnique();
        try {
            if (pool != null && pool.isWrapperFor(HikariDataSource.class)) {
                shorten(pool.unwrap(HikariDataSource.class));
            }
        } catch (SQLException notAHikariPool) {
            // another pool keeps its own timeout
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static void shorten(HikariDataSource hikari) {
        Object pool = hikari.getHikariPoolMXBean();
        if (pool == null) {
            return; // never started: nothing waits on it
        }
        hikari.getHikariConfigMXBean().setConnectionTimeout(WAIT_WHILE_STOPPING.toMillis());
        try {
            // declared by the pool's package-private base class, PoolBase
            Field wait = HikariPool.class.getSuperclass().getDeclaredField("connectionTimeout");
            wait.setAccessible(true);
            wait.setLong(pool, WAIT_WHILE_STOPPING.toMillis());
        } catch (ReflectiveOperationException | RuntimeException changedHikari) {
            log.warn(
                    "Could not shorten the connection wait for the stop at once ({}); Hikari " + "takes it within 30 s",
                    changedHikari.toString());
        }
    }
}
