package io.escalationdesk.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escalationdesk.FixedClock;
import io.escalationdesk.RepositorySlice;
import io.escalationdesk.escalation.ExpertGroup;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.system.FieldError;
import io.escalationdesk.system.InvalidFieldException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A question to an expert group in its own table: asked once, ended once, summed up for the form. */
@RepositorySlice
class ConsultsTest {

    @Autowired
    Consults consults;

    @Test
    void aQuestionIsStoredOpenAndEndsWithItsAnswer() {
        long id = consults.ask(
                "ESC-T-1", Level.TIER2, ExpertGroup.TECHNICAL, "  Is the router on the list? ", "tier2-agent");

        Consult asked = consults.find(id).orElseThrow();
        assertThat(asked.question()).isEqualTo("Is the router on the list?");
        assertThat(asked.askedAt()).isEqualTo(FixedClock.NOW);
        assertThat(asked.askedLevel()).isEqualTo(Level.TIER2);
        assertThat(asked.endedAs()).isNull();

        consults.answered(id, "Yes, since May", "technical-agent");

        Consult answered = consults.find(id).orElseThrow();
        assertThat(answered.endedAs()).isEqualTo(Consult.Ending.ANSWERED);
        assertThat(answered.answeredBy()).isEqualTo("technical-agent");
        assertThat(answered.answer()).isEqualTo("Yes, since May");
    }

    @Test
    void aQuestionThatTimedOutIsClosedUnanswered() {
        long id = consults.ask("ESC-T-2", Level.TIER1, ExpertGroup.TECHNICAL, "Anyone?", "tier1-agent");

        consults.timedOut(id, Duration.ofHours(4));

        assertThat(consults.find(id).orElseThrow().endedAs()).isEqualTo(Consult.Ending.TIMED_OUT);
        assertThat(consults.summaryOf("ESC-T-2")).contains("Anyone?");
    }

    @Test
    void aQuestionNeedsAGroupAndWordsAndAnAnswerNeedsWords() {
        assertThatThrownBy(() -> consults.ask("ESC-T-3", Level.TIER1, null, " ", "tier1-agent"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(FieldError::field)
                                .containsExactly("expertGroup", "question"));
        assertThatThrownBy(() -> consults.ask(
                        "ESC-T-3", Level.TIER1, ExpertGroup.TECHNICAL, "x".repeat(Consults.LENGTH + 1), "tier1-agent"))
                .isInstanceOf(InvalidFieldException.class);
        long id = consults.ask("ESC-T-3", Level.TIER1, ExpertGroup.TECHNICAL, "Anyone?", "tier1-agent");
        assertThatThrownBy(() -> consults.answered(id, " ", "technical-agent"))
                .isInstanceOf(InvalidFieldException.class);
        assertThat(consults.find(id).orElseThrow().endedAs()).isNull();
    }
}
