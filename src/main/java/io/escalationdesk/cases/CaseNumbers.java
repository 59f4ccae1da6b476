package io.escalationdesk.cases;

import java.time.Clock;
import java.time.Year;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Readable, unique case numbers such as {@code ESC-2026-000123}, from a database sequence. */
@Component
public class CaseNumbers {

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseNumbers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public String next() {
        long number =
                jdbc.sql("select nextval('case_number_seq')").query(Long.class).single();
        return "ESC-%d-%06d".formatted(Year.now(clock).getValue(), number);
    }
}
