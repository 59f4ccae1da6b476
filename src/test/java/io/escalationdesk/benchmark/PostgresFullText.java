package io.escalationdesk.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The similar cases as PostgreSQL's full-text search would find them, for comparison with the
 * Lucene index; only here, in the benchmark. Each description is stemmed in its language
 * ({@code to_tsvector('english'|'german', description)}, stored in a column of its own with a GIN
 * index, as one would build it for ranking), a case asks for every word of its own description
 * (OR), and the matches of its language are ranked by {@code ts_rank}. The index's boosts for the
 * same category and trigger and for recency cannot be added to a rank without a scale: they
 * multiply it here, in the index's proportions (a shared category 2, a shared trigger 1.5, a case
 * resolved today 1, against a BM25 score of about 10 for a good match).
 */
final class PostgresFullText implements SuggestionBenchmark.Suggester {

    private static final String SIMILAR = """
        select found.case_number
        from escalation_case asked
        cross join lateral (
            select string_agg(quote_literal(word), ' | ')::tsquery as words
            from unnest(tsvector_to_array(asked.benchmark_words)) word) query
        join escalation_case found on found.benchmark_words @@ query.words
        where asked.case_number = ? and found.language = asked.language
          and found.case_number <> asked.case_number and found.status = 'CLOSED'
        order by ts_rank(found.benchmark_words, query.words)
            * (1 + 0.2 * (found.category = asked.category)::int
                 + 0.15 * (found.escalation_trigger = asked.escalation_trigger)::int
                 + 0.1 * 90 / (90 + extract(epoch from now() - found.closed_at) / 86400)) desc
        limit\s""" + SuggestionBenchmark.SHOWN;

    private final Connection connection;
    private final PreparedStatement similar;

    private PostgresFullText(Connection connection) throws SQLException {
        this.connection = connection;
        this.similar = connection.prepareStatement(SIMILAR);
    }

    /** The stemmed words of every description and their GIN index. */
    static void index(String url) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = db.createStatement()) {
            statement.execute("alter table escalation_case add column benchmark_words tsvector generated always as "
                    + "(to_tsvector(case language when 'DE' then 'german'::regconfig else 'english'::regconfig end, "
                    + "description)) stored");
            statement.execute(
                    "create index escalation_case_benchmark_words on escalation_case " + "using gin (benchmark_words)");
            statement.execute("vacuum analyze escalation_case");
        }
    }

    /** A client of its own, on a connection of its own. */
    static PostgresFullText connect(String url) throws SQLException {
        return new PostgresFullText(DriverManager.getConnection(url, "postgres", "postgres"));
    }

    @Override
    public List<String> similarTo(String caseNumber) throws SQLException {
        similar.setString(1, caseNumber);
        List<String> found = new ArrayList<>();
        try (ResultSet rows = similar.executeQuery()) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
