package io.escalationdesk.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * The cases stored before customers were found by any number or name: each gets its phone
 * number in E.164 (where it is one; what is not stays as it was) and its name's search form.
 * Flyway takes its version from the class name and runs it once, after V14 added the column.
 */
@Component
class V15__CustomerSearchKeys extends BaseJavaMigration {

    private static final int BATCH = 1000;

    private final PhoneNumbers phones;

    V15__CustomerSearchKeys(PhoneNumbers phones) {
        this.phones = phones;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        fill(context.getConnection());
    }

    void fill(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
                PreparedStatement update = connection.prepareStatement("update escalation_case "
                        + "set customer_phone = ?, customer_name_key = ? where case_number = ?")) {
            // in pages, not a million rows in memory (PostgreSQL pages only inside a transaction)
            select.setFetchSize(BATCH);
            try (ResultSet cases =
                    select.executeQuery("select case_number, customer_name, customer_phone from escalation_case")) {
                int batched = 0;
                while (cases.next()) {
                    update.setString(1, phones.stored(cases.getString("customer_phone")));
                    update.setString(2, CustomerNames.searchKey(cases.getString("customer_name")));
                    update.setString(3, cases.getString("case_number"));
                    update.addBatch();
                    if (++batched % BATCH == 0) {
                        update.executeBatch();
                    }
                }
                update.executeBatch();
            }
        }
    }
}
