package io.escalationdesk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.escalationdesk.escalation.Level;
import io.escalationdesk.staff.StaffGroup.CaseAccess;
import io.escalationdesk.staff.StaffGroup.FigureAccess;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffGroupTest {

    @Test
    void aLevelsQueueIsTheGroupOfItsTeam() {
        assertThat(Level.teams())
                .allSatisfy(
                        team -> assertThat(Arrays.stream(StaffGroup.values()).map(StaffGroup::id))
                                .contains(team));
    }

    @Test
    void auditorsAndProcessOwnersReadCasesButChangeNone() {
        assertThat(StaffGroup.mayUseCaseApi(CaseAccess.READ)).contains("auditors", "process-owners", "tier1");
        assertThat(StaffGroup.mayUseCaseApi(CaseAccess.WRITE))
                .contains("tier1", "supervisors", "admins")
                .doesNotContain("auditors", "process-owners", "workers", "integrations");
    }

    @Test
    void aMemberReadsTheMostAnyOfTheirGroupsMayRead() {
        assertThat(StaffGroup.figuresReadBy(List.of("tier1"))).isEqualTo(FigureAccess.OWN);
        assertThat(StaffGroup.figuresReadBy(List.of("tier1", "auditors"))).isEqualTo(FigureAccess.TEAMS);
        assertThat(StaffGroup.figuresReadBy(List.of("auditors", "supervisors"))).isEqualTo(FigureAccess.AGENTS);
        assertThat(StaffGroup.figuresReadBy(List.of("partner-acme"))).isEqualTo(FigureAccess.OWN);
    }

    @Test
    void onlyLeadersAndProcessOwnersReviewFeedback() {
        assertThat(StaffGroup.mayReviewFeedback())
                .containsExactlyInAnyOrder("supervisors", "management", "process-owners", "admins");
    }

    @Test
    void supervisorsAndProcessOwnersEditArticles() {
        assertThat(StaffGroup.mayEditArticles()).containsExactlyInAnyOrder("supervisors", "process-owners", "admins");
    }
}
