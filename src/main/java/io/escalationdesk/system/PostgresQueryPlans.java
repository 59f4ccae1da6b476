package io.escalationdesk.system;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL every query is planned with its parameters. After five runs of a prepared query
 * PostgreSQL may keep one plan for any parameters; for the engine's task count that plan guessed
 * that two authorizations grant reading and joined a queue of 50,000 tasks with their 50,000
 * authorizations row by row, for minutes (docs/performance.md).
 */
@Component
class PostgresQueryPlans implements BeanPostProcessor {

    static final String PLAN_WITH_PARAMETERS = "set plan_cache_mode = force_custom_plan";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool
                && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
                && pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql(PLAN_WITH_PARAMETERS);
        }
        return bean;
    }
}
