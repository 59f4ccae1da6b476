package io.escalationdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escalationdesk.FixedClock;
import io.escalationdesk.RepositorySlice;
import io.escalationdesk.SampleCases;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.system.ConflictException;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.system.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Lessons in their own table: noted with the case's trigger, found by the review's filter, decided once. */
@RepositorySlice
class LessonsTest {

    @Autowired
    Lessons lessons;

    @Autowired
    CaseRecords records;

    @BeforeEach
    void theCaseIsKnown() {
        records.insert(SampleCases.open("ESC-T-1"), "process-1");
    }

    @Test
    void aLessonIsFoundByTheCasesTriggerAndItsStatus() {
        lessons.note("ESC-T-1", Level.TIER1, LessonKind.POLICY_CHANGE, " Delays belong to Tier 2 ", "tier1-agent");
        Trigger trigger = SampleCases.open("ESC-T-1").trigger();

        assertThat(lessons.find(new ReviewFilter(null, null, trigger, null, null), LessonStatus.OPEN))
                .singleElement()
                .extracting(Lesson::caseNumber, Lesson::lesson, Lesson::notedAt)
                .containsExactly("ESC-T-1", "Delays belong to Tier 2", FixedClock.NOW);
        assertThat(lessons.find(new ReviewFilter(null, null, trigger, null, null), LessonStatus.ADOPTED))
                .isEmpty();
        assertThat(lessons.find(new ReviewFilter(null, null, null, null, Level.TIER2), null))
                .isEmpty();
    }

    @Test
    void aLessonIsDecidedOnce() {
        lessons.note("ESC-T-1", Level.TIER1, LessonKind.POLICY_CHANGE, "Delays belong to Tier 2", "tier1-agent");
        long id = lessons.ofCase("ESC-T-1").get(0).id();

        Lesson adopted = lessons.decide(id, LessonStatus.ADOPTED, "Policy rule 12 changed", "process-owner");

        assertThat(adopted.status()).isEqualTo(LessonStatus.ADOPTED);
        assertThat(adopted.decidedBy()).isEqualTo("process-owner");
        assertThatThrownBy(() -> lessons.decide(id, LessonStatus.DISMISSED, "no", "supervisor"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> lessons.decide(999_999_999L, LessonStatus.DISMISSED, "no", "supervisor"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDecisionIsAdoptedOrDismissedWithANote() {
        assertThatThrownBy(() -> lessons.decide(1, LessonStatus.OPEN, "again", "supervisor"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        refused -> assertThat(refused.errors().get(0).field()).isEqualTo("decision"));
        assertThatThrownBy(() -> lessons.decide(1, LessonStatus.ADOPTED, " ", "supervisor"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        refused -> assertThat(refused.errors().get(0).field()).isEqualTo("note"));
    }
}
