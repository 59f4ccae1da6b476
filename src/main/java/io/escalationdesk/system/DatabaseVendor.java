package io.escalationdesk.system;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The database our tables live in, for the few statements PostgreSQL and H2 write differently
 * (full-text search, upserts).
 */
@Component
public class DatabaseVendor {

    private final boolean postgresql;

    DatabaseVendor(DataSource dataSource) throws MetaDataAccessException {
        this.postgresql = "PostgreSQL"
                .equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
    }

    public boolean isPostgreSQL() {
        return postgresql;
    }
}
