package io.escalationdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escalationdesk.RepositorySlice;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.system.FieldError;
import io.escalationdesk.system.InvalidFieldException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Contacts per day, channel and team: a count reported again replaces the last one. */
@RepositorySlice
class ContactVolumesTest {

    /** The fixed clock's day in Berlin. */
    private static final LocalDate TODAY = LocalDate.parse("2026-11-30");

    @Autowired
    ContactVolumes volumes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDayChannelAndTeamReportedAgainHasTheNewCount() {
        volumes.report(
                List.of(
                        new ContactVolume(TODAY, Channel.PHONE, "tier1", 100),
                        new ContactVolume(TODAY, Channel.CHAT, "tier1", 40)),
                "volumes");
        volumes.report(List.of(new ContactVolume(TODAY, Channel.PHONE, "tier1", 120)), "volumes");

        assertThat(stored()).containsExactly("CHAT tier1 40", "PHONE tier1 120");
    }

    @Test
    void anUnknownTeamOrADayToComeIsRefusedByItsPlaceInTheListAndNothingIsStored() {
        assertThatThrownBy(() -> volumes.report(
                        List.of(
                                new ContactVolume(TODAY, Channel.PHONE, "tier1", 100),
                                new ContactVolume(TODAY, Channel.PHONE, "night-shift", 5),
                                new ContactVolume(TODAY.plusDays(1), Channel.PHONE, "tier2", 5)),
                        "volumes"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(FieldError::field)
                                .containsExactly("volumes[1].team", "volumes[2].day"));

        assertThat(stored()).isEmpty();
    }

    private List<String> stored() {
        return jdbc.sql("select channel, team, contacts from contact_volume order by channel, team")
                .query((row, n) -> row.getString(1) + " " + row.getString(2) + " " + row.getInt(3))
                .list();
    }
}
