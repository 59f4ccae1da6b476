package io.escalationdesk.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import org.postgresql.copy.CopyManager;

/** Rows for one table in COPY's CSV form: an empty field is NULL, text is quoted. */
final class CopyTable {
    private final String target;
    private final StringBuilder csv = new StringBuilder();
    long rows;

    /** @param target the table and its columns, as COPY names them */
    CopyTable(String target) {
        this.target = target;
    }

    void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            Object value = values[i];
            if (value instanceof String text) {
                csv.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else if (value instanceof Boolean flag) {
                csv.append(flag ? 't' : 'f');
            } else if (value != null) {
                csv.append(value);
            }
        }
        csv.append('\n');
        rows++;
    }

    void copyInto(CopyManager copy) throws SQLException, IOException {
        if (!csv.isEmpty()) {
            copy.copyIn("copy " + target + " from stdin with (format csv)", new StringReader(csv.toString()));
            csv.setLength(0);
        }
    }
}
