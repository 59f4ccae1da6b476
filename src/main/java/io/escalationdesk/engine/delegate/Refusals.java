package io.escalationdesk.engine.delegate;

import io.escalationdesk.system.InvalidFieldException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.exception.NotValidException;

/**
 * A domain refusal, as the engine refuses: the step's transaction (a task's completion, a start)
 * fails, and the refusal, kept as the cause, names the fields ({@code EngineRestProblems} answers
 * it 400).
 */
final class Refusals {

    private Refusals() {}

    static void refusing(Runnable step) {
        refusing(() -> {
            step.run();
            return null;
        });
    }

    static <T> T refusing(Supplier<T> step) {
        return refusing(step, InvalidFieldException::getMessage);
    }

    /** @param wording the refusal in the words of whoever sees it */
    static <T> T refusing(Supplier<T> step, Function<InvalidFieldException, String> wording) {
        try {
            return step.get();
        } catch (InvalidFieldException refusal) {
            throw new NotValidException(wording.apply(refusal), refusal);
        }
    }
}
