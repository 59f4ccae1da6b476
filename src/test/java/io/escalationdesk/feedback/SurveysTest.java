package io.escalationdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escalationdesk.FixedClock;
import io.escalationdesk.RepositorySlice;
import io.escalationdesk.SampleCases;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.system.FieldError;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.timeline.TimelineWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A case's survey link: issued once, answerable once until it expires, the answer kept. */
@RepositorySlice
class SurveysTest {

    @Autowired
    Surveys surveys;

    @Autowired
    CaseRecords records;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void theCaseIsKnown() {
        records.insert(SampleCases.open("ESC-T-1"), null);
    }

    @Test
    void everyMessageCarriesTheSameLinkAndItsAnswerIsKeptOnce() {
        String link = surveys.linkFor("ESC-T-1");
        String token = link.substring(link.lastIndexOf('/') + 1);

        assertThat(surveys.linkFor("ESC-T-1")).isEqualTo(link);
        assertThat(surveys.invitation(token).caseRecord().caseNumber()).isEqualTo("ESC-T-1");

        surveys.answer(token, new SurveyAnswer(2, true, "  Took a week  "));

        assertThat(surveys.answerOf("ESC-T-1")).hasValueSatisfying(answer -> {
            assertThat(answer.satisfaction()).isEqualTo(2);
            assertThat(answer.comment()).isEqualTo("Took a week");
            assertThat(answer.answeredAt()).isEqualTo(FixedClock.NOW);
            assertThat(answer.answeredVia()).isEqualTo(Surveys.Via.PAGE);
            assertThat(answer.reportedBy()).isEqualTo(TimelineWriter.CUSTOMER);
            assertThat(answer.dissatisfied()).isTrue();
        });
        assertThat(surveys.find(new ReviewFilter(null, null, null, null, null), true))
                .extracting(Surveys.Answered::caseNumber)
                .containsExactly("ESC-T-1");
        assertThatThrownBy(() -> surveys.answer(token, new SurveyAnswer(5, true, null)))
                .isInstanceOfSatisfying(
                        SurveyRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(SurveyRefusedException.Reason.ANSWERED));
    }

    @Test
    void anAnswerOutOfRangeIsRefusedByFieldAndNothingIsStored() {
        String link = surveys.linkFor("ESC-T-1");
        String token = link.substring(link.lastIndexOf('/') + 1);

        assertThatThrownBy(() -> surveys.answer(token, new SurveyAnswer(6, null, "x".repeat(1001))))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(FieldError::field)
                                .containsExactly("satisfaction", "concernResolved", "comment"));

        assertThat(surveys.answerOf("ESC-T-1")).isEmpty();
    }

    @Test
    void aLinkWeDidNotSendOrOneExpiredIsRefused() {
        String link = surveys.linkFor("ESC-T-1");
        String token = link.substring(link.lastIndexOf('/') + 1);
        jdbc.sql("update survey_invitation set expires_at = issued_at where case_number = 'ESC-T-1'")
                .update();

        assertThatThrownBy(() -> surveys.invitation(token))
                .isInstanceOfSatisfying(
                        SurveyRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(SurveyRefusedException.Reason.EXPIRED));
        assertThatThrownBy(() -> surveys.invitation("A".repeat(43)))
                .isInstanceOfSatisfying(
                        SurveyRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(SurveyRefusedException.Reason.UNKNOWN));
    }
}
