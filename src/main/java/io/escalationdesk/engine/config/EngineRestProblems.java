package io.escalationdesk.engine.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.system.DatabaseOutage;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.system.Problems;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.net.URI;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * How the engine's REST API answers what Camunda answers 500 though it is no bug, on
 * {@code /engine-rest} (integrators) and on the web apps' engine API Tasklist calls
 * ({@link WebappEngineApi}): a start the process refuses, and a task completion that cannot be
 * made (two agents completing the same task at once: the second fails on the engine's optimistic
 * lock, or finds the task gone; an outcome our process refuses), and a database out of reach.
 * Here they are problems (RFC 9457): 400 for a refused start or outcome, saying only why (Camunda
 * puts {@code Cannot instantiate process definition <id>:} before it), with the fields our domain
 * refused by name ({@code errors});
 * 409 when someone else completed the task first, 404 for a task that is not there, 503 with
 * Retry-After while the database cannot be reached ({@link DatabaseOutage}). A {@code message}
 * member carries the text as Camunda's own error documents do, which Tasklist shows. Every other
 * error is Camunda's.
 */
@Component
class EngineRestProblems implements ResourceConfigCustomizer {

    private static final Pattern COMPLETION = Pattern.compile("task/([^/]+)/(complete|submit-form)$");
    private static final Pattern START =
            Pattern.compile("process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/(start|submit-form)$");

    private final ProcessEngineConfigurationImpl engine;
    private final ObjectMapper json;

    EngineRestProblems(ProcessEngineConfigurationImpl engine, ObjectMapper json) {
        this.engine = engine;
        this.json = json;
    }

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        // Jersey takes the mapper of the nearest exception type: one of ours for each of Camunda's
        config.register(new AnyFailure());
        config.register(new EngineFailure());
        config.register(new RestFailure());
        config.register(new RefusedFailure());
    }

    /** Before Camunda's mappers of the same types (priority 5000). */
    @Priority(1000)
    class AnyFailure extends Mapper<Throwable> {}

    @Priority(1000)
    class EngineFailure extends Mapper<ProcessEngineException> {}

    @Priority(1000)
    class RestFailure extends Mapper<RestException> {}

    @Priority(1000)
    class RefusedFailure extends Mapper<AuthorizationException> {}

    abstract class Mapper<E extends Throwable> implements ExceptionMapper<E> {

        @Context
        UriInfo request;

        @Override
        public Response toResponse(E exception) {
            if (DatabaseOutage.isCauseOf(exception)) {
                return unavailable(request);
            }
            if (START.matcher(request.getPath()).find()
                    && causeOf(exception) instanceof BadUserRequestException refused) {
                return refusedStart(request, refused);
            }
            Matcher completion = COMPLETION.matcher(request.getPath());
            return completion.find()
                    ? failedCompletion(request, completion.group(1), exception)
                    : ExceptionHandlerHelper.getInstance().getResponse(exception);
        }
    }

    /** What the process said, without the definition's id; the bad fields by name for a program. */
    private Response refusedStart(UriInfo request, BadUserRequestException refused) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, refused.getMessage());
        problem.setTitle("Not started");
        return answer(request, withFields(problem, refused)).build();
    }

    /** The fields our domain refused, by name, for a program to show beside them. */
    private static ProblemDetail withFields(ProblemDetail problem, Throwable refused) {
        if (refused.getCause() instanceof InvalidFieldException invalid) {
            problem.setProperty("errors", invalid.errors());
        }
        return problem;
    }

    /** Camunda's REST layer wraps what the engine threw, with its own words before the message. */
    private static Throwable causeOf(Throwable failure) {
        return failure instanceof RestException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /**
     * The loser of a race fails in whichever step met the winner's commit: the optimistic lock,
     * a deadlock, the task, its execution or its authorizations gone. History tells that the task
     * ended; without it the failure is the engine's.
     */
    private Response failedCompletion(UriInfo request, String taskId, Throwable failure) {
        Instant completedAt = completedAt(taskId);
        if (completedAt != null) {
            return alreadyCompleted(request, taskId, completedAt);
        }
        Throwable cause = causeOf(failure);
        if (cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException) {
            return problem(
                    request,
                    409,
                    "Task already completed",
                    "Someone else completed task " + taskId + " at the same moment; reload it");
        }
        if (cause instanceof NullValueException) {
            return problem(request, 404, "No such task", "There is no open task " + taskId);
        }
        if (cause instanceof BadUserRequestException) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, cause.getMessage());
            problem.setTitle("Invalid request");
            return answer(request, withFields(problem, cause)).build();
        }
        return ExceptionHandlerHelper.getInstance().getResponse(failure);
    }

    /**
     * When history says the task ended; none when it never existed. Read without the caller's
     * authorizations: they asked about this task by its id, and learn only that it is done.
     */
    private Instant completedAt(String taskId) {
        HistoricTaskInstanceEntity task = engine.getCommandExecutorTxRequired()
                .execute(context -> context.getDbEntityManager().selectById(HistoricTaskInstanceEntity.class, taskId));
        return task == null || task.getEndTime() == null
                ? null
                : task.getEndTime().toInstant();
    }

    private Response alreadyCompleted(UriInfo request, String taskId, Instant completedAt) {
        return problem(
                request,
                409,
                "Task already completed",
                "Task " + taskId + " ended at " + completedAt
                        + ": another agent completed it or the case moved on; reload it");
    }

    private Response unavailable(UriInfo request) {
        return answer(request, DatabaseOutage.problem())
                .header(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS)
                .build();
    }

    private Response problem(UriInfo request, int status, String title, String detail) {
        ProblemDetail problem = Problems.of(HttpStatus.valueOf(status), detail);
        problem.setTitle(title);
        return answer(request, problem).build();
    }

    private Response.ResponseBuilder answer(UriInfo request, ProblemDetail problem) {
        problem.setInstance(URI.create(request.getRequestUri().getRawPath()));
        problem.setProperty("message", problem.getDetail());
        try {
            return Response.status(problem.getStatus())
                    .type("application/problem+json")
                    .entity(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            return Response.status(problem.getStatus())
                    .type(MediaType.TEXT_PLAIN_TYPE)
                    .entity(problem.getDetail());
        }
    }
}
