package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.delegate.Refusals.refusing;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.Outcome;
import io.escalationdesk.escalation.ResolutionCode;
import io.escalationdesk.feedback.LessonKind;
import io.escalationdesk.feedback.Lessons;
import io.escalationdesk.move.CaseMoves;
import io.escalationdesk.move.Decision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Applies the outcome an agent chose when completing a task, and notes the lesson they left for
 * the team. Runs in the task's completion transaction, so an outcome the level does not allow, or
 * a lesson without its kind, refuses the completion.
 */
@Component("recordOutcome")
class RecordOutcomeDelegate implements JavaDelegate {

    private final CaseMoves moves;
    private final CaseTransitions transitions;
    private final Lessons lessons;

    RecordOutcomeDelegate(CaseMoves moves, CaseTransitions transitions, Lessons lessons) {
        this.moves = moves;
        this.transitions = transitions;
        this.lessons = lessons;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Outcome outcome = VariableReads.required(execution, OUTCOME, Outcome.class);
        Decision decision = new Decision(
                outcome,
                outcome == Outcome.RESOLVED
                        ? VariableReads.required(execution, RESOLUTION_CODE, ResolutionCode.class)
                        : null,
                VariableReads.string(execution, REASON),
                VariableReads.string(execution, RESOLUTION_SUMMARY));
        Level level = VariableReads.level(execution);
        String actor = VariableReads.actor(execution);
        transitions.apply(execution, refusing(() -> moves.decide(VariableReads.caseAt(execution), actor, decision)));
        noteLesson(execution, level, actor);
    }

    /** A lesson belongs to the completion it came with: the next task's form starts empty. */
    private void noteLesson(DelegateExecution execution, Level level, String actor) {
        String lesson = VariableReads.string(execution, LESSON);
        LessonKind kind = VariableReads.optional(execution, LESSON_KIND, LessonKind.class);
        execution.removeVariable(LESSON);
        execution.removeVariable(LESSON_KIND);
        if (lesson != null && !lesson.isBlank()) {
            refusing(() -> lessons.note(execution.getProcessBusinessKey(), level, kind, lesson, actor));
        }
    }
}
