package io.escalationdesk.system;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A node being stopped waits at most a second for a database connection. Each step of a
 * shutdown that touches the database (the engine undeploys and flushes its metrics, the outbox
 * finishes its batch) would otherwise wait the whole connection timeout when the database is
 * gone, and the stop would outlast an orchestrator's 30 s. A healthy pool hands out connections
 * in microseconds, so in-flight work of a graceful stop is not hurried. Set before the web
 * server waits for its requests.
 */
@Component
class ShutdownConnectionWait extends FirstToStop {

  private static final Duration WAIT_WHILE_STOPPING = Duration.ofSeconds(1);

  private final ObjectProvider<DataSource> dataSource;

  /** A provider: an app without one pool (a test's own data sources) keeps its timeouts. */
  ShutdownConnectionWait(ObjectProvider<DataSource> dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  protected void whenStopping() {
    try {
      DataSource pool = dataSource.getIfUnique();
      if (pool != null && pool.isWrapperFor(HikariDataSource.class)) {
        pool.unwrap(HikariDataSource.class).getHikariConfigMXBean()
            .setConnectionTimeout(WAIT_WHILE_STOPPING.toMillis());
      }
    } catch (SQLException notAHikariPool) {
      // another pool keeps its own timeout
    }
  }
}
