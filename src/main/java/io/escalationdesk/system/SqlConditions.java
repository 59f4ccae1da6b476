package io.escalationdesk.system;

import java.util.Map;

/** The {@code and column = :column} of a filter's optional code, with its named parameter. */
public final class SqlConditions {

    private SqlConditions() {}

    /** Adds nothing for a code that is not given. */
    public static void equal(StringBuilder where, Map<String, Object> params, String column, Enum<?> value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = :").append(column);
            params.put(column, value.name());
        }
    }
}
