package io.escalationdesk.engine.identity;

import io.escalationdesk.system.DatabaseVendor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets PostgreSQL see how many authorizations grant reading. The engine checks a task query's
 * rows against {@code act_ru_authorization} with {@code perms_ & 2 = 2}; without statistics on
 * that expression PostgreSQL guesses 0.5 % of the rows, and with every task's candidate group
 * granted on the task itself it joined 50,000 tasks with 50,000 authorizations one by one: the
 * Tier 1 queue took minutes. With them it looks each task's authorizations up in the index.
 */
@Component
class AuthorizationStatistics extends AbstractProcessEnginePlugin {

    private final DatabaseVendor database;
    private final JdbcClient jdbc;

    AuthorizationStatistics(DatabaseVendor database, JdbcClient jdbc) {
        this.database = database;
        this.jdbc = jdbc;
    }

    /** READ (2) on tasks and instances, READ_TASK and READ_INSTANCE (64) on definitions. */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        if (database.isPostgreSQL()) {
            jdbc.sql("create statistics if not exists act_ru_authorization_read "
                            + "on (perms_ & 2), (perms_ & 64) from act_ru_authorization")
                    .update();
            jdbc.sql("analyze act_ru_authorization").update();
        }
    }
}
