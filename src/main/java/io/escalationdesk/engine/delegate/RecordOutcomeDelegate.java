package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.escalation.EscalationLadder;
import io.escalationdesk.escalation.InvalidOutcomeException;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.Outcome;
import io.escalationdesk.escalation.ResolutionCode;
import io.escalationdesk.escalation.Transition;
import io.escalationdesk.feedback.LessonKind;
import io.escalationdesk.feedback.Lessons;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.timeline.Timeline;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Applies the outcome an agent chose when completing a task, and notes the lesson they left for
 * the team. Runs in the task's completion transaction, so an outcome the level does not allow, or
 * a lesson without its kind, refuses the completion.
 */
@Component("recordOutcome")
class RecordOutcomeDelegate implements JavaDelegate {

    private final CaseTransitions transitions;
    private final Timeline timeline;
    private final Lessons lessons;
    private final CaseConsults consults;

    RecordOutcomeDelegate(CaseTransitions transitions, Timeline timeline, Lessons lessons, CaseConsults consults) {
        this.transitions = transitions;
        this.timeline = timeline;
        this.lessons = lessons;
        this.consults = consults;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Outcome outcome = VariableReads.required(execution, OUTCOME, Outcome.class);
        ResolutionCode resolution = outcome == Outcome.RESOLVED
                ? VariableReads.required(execution, RESOLUTION_CODE, ResolutionCode.class)
                : null;
        String note = VariableReads.string(execution, REASON);
        String summary = VariableReads.string(execution, RESOLUTION_SUMMARY);
        Level level = VariableReads.level(execution);
        Transition transition;
        try {
            transition = EscalationLadder.afterOutcome(
                    level,
                    outcome,
                    note,
                    summary,
                    VariableReads.department(execution),
                    VariableReads.handOffLevel(execution));
        } catch (InvalidOutcomeException e) {
            throw new NotValidException(e.field() + ": " + e.getMessage());
        }
        transitions.apply(execution, transition);
        String actor = VariableReads.actor(execution);
        timeline.decided(VariableReads.ref(execution), transition, actor, outcome, resolution, note);
        noteLesson(execution, level, actor);
        if (transition.to() == Level.CLOSED) {
            consults.withdrawOpen(execution.getProcessBusinessKey());
        }
    }

    /** A lesson belongs to the completion it came with: the next task's form starts empty. */
    private void noteLesson(DelegateExecution execution, Level level, String actor) {
        String lesson = VariableReads.string(execution, LESSON);
        LessonKind kind = VariableReads.optional(execution, LESSON_KIND, LessonKind.class);
        execution.removeVariable(LESSON);
        execution.removeVariable(LESSON_KIND);
        if (lesson == null || lesson.isBlank()) {
            return;
        }
        try {
            lessons.note(execution.getProcessBusinessKey(), level, kind, lesson, actor);
        } catch (InvalidFieldException e) {
            throw new NotValidException(e.getMessage());
        }
    }
}
