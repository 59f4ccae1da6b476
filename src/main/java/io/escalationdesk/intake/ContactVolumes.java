package io.escalationdesk.intake;

import io.escalationdesk.escalation.Level;
import io.escalationdesk.insight.InsightProperties;
import io.escalationdesk.system.DatabaseVendor;
import io.escalationdesk.system.FieldError;
import io.escalationdesk.system.InvalidFieldException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts per day, channel and team, as the telephony or CRM system reports them. Reporting a
 * day, channel and team again replaces its count, so a system may send its figures as often as it
 * likes.
 */
@Service
public class ContactVolumes {

    /** Replaces the count of a day, channel and team in one statement, also under races. */
    private static final String UPSERT_POSTGRESQL = """
      insert into contact_volume (contact_day, channel, team, contacts, updated_at)
      values (?, ?, ?, ?, ?)
      on conflict (contact_day, channel, team)
      do update set contacts = excluded.contacts, updated_at = excluded.updated_at""";

    private static final String UPSERT_H2 = """
      merge into contact_volume (contact_day, channel, team, contacts, updated_at)
      key (contact_day, channel, team) values (?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final InsightProperties properties;
    private final Clock clock;
    private final String upsert;

    ContactVolumes(JdbcClient jdbc, DatabaseVendor database, InsightProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.upsert = database.isPostgreSQL() ? UPSERT_POSTGRESQL : UPSERT_H2;
    }

    /**
     * @param field what the request calls the list, for the errors
     * @throws InvalidFieldException for a team we do not know or a day yet to come; nothing is
     *     stored then
     */
    @Transactional
    public void report(List<ContactVolume> volumes, String field) {
        LocalDate today = properties.today(clock);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < volumes.size(); i++) {
            ContactVolume volume = volumes.get(i);
            if (!Level.teams().contains(volume.team())) {
                errors.add(
                        new FieldError(field + "[" + i + "].team", "must be one of " + Level.teams(), Level.teams()));
            }
            if (volume.day().isAfter(today)) {
                errors.add(new FieldError(field + "[" + i + "].day", "must not be in the future"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        volumes.forEach(this::store);
    }

    private void store(ContactVolume volume) {
        jdbc.sql(upsert)
                .params(
                        volume.day(),
                        volume.channel().name(),
                        volume.team(),
                        volume.contacts(),
                        Timestamp.from(clock.instant()))
                .update();
    }
}
