package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.CustomerSegment;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Priority;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Department;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.intake.Caller;
import io.escalationdesk.intake.NewCase;
import io.escalationdesk.move.CaseAt;
import io.escalationdesk.timeline.CaseRef;
import io.escalationdesk.timeline.TimelineWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.exception.NotValidException;

/** Typed reads of a case's process variables, shared by the delegates, listeners and the worker. */
public final class VariableReads {

    private VariableReads() {}

    public static CaseRef ref(DelegateExecution execution) {
        return new CaseRef(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    }

    /** Where the case stands before it moves. */
    static CaseAt caseAt(DelegateExecution execution) {
        return new CaseAt(
                ref(execution),
                level(execution),
                handOffLevel(execution),
                department(execution),
                string(execution, PARTNER),
                string(execution, HELD_BY_PARTNER));
    }

    public static Level level(VariableScope variables) {
        return optional(variables, LEVEL, Level.class);
    }

    public static Level handOffLevel(VariableScope variables) {
        return optional(variables, HAND_OFF_LEVEL, Level.class);
    }

    public static Department department(VariableScope variables) {
        return optional(variables, DEPARTMENT, Department.class);
    }

    public static String string(VariableScope variables, String name) {
        Object value = variables.getVariable(name);
        return value == null ? null : value.toString();
    }

    /** A point in time the process keeps as a date, {@code null} when the variable is unset. */
    public static Instant instant(VariableScope variables, String name) {
        Date date = (Date) variables.getVariable(name);
        return date == null ? null : date.toInstant();
    }

    /** A duration the process keeps as ISO-8601 text, {@code null} when the variable is unset. */
    public static Duration duration(VariableScope variables, String name) {
        String iso = string(variables, name);
        return iso == null ? null : Duration.parse(iso);
    }

    /**
     * A code from its list.
     *
     * @return none when the variable is unset
     * @throws NotValidException for a value that is not on the list, naming the variable
     */
    public static <E extends Enum<E>> E optional(VariableScope variables, String name, Class<E> type) {
        String value = string(variables, name);
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(candidate -> candidate.name().equals(value))
                .findFirst()
                .orElseThrow(() -> new NotValidException(
                        name + ": '" + value + "' is not one of " + Arrays.toString(type.getEnumConstants())));
    }

    /** @throws NotValidException when the variable is unset or not on the list */
    public static <E extends Enum<E>> E required(VariableScope variables, String name, Class<E> type) {
        E value = optional(variables, name, type);
        if (value == null) {
            throw new NotValidException(name + ": required, one of " + Arrays.toString(type.getEnumConstants()));
        }
        return value;
    }

    /** The SLA the policy gave a level; the boundary timers read the same variables. */
    public static Duration slaOf(VariableScope variables, Level level) {
        return duration(variables, slaVariableOf(level));
    }

    public static String slaVariableOf(Level level) {
        return switch (level) {
            case TIER1 -> "tier1Sla";
            case TIER2 -> "tier2Sla";
            case SUPERVISOR -> "supervisorSla";
            case MANAGEMENT -> "managementSla";
            case BILLING, TECHNICAL -> "departmentSla";
            case CLOSED -> throw new IllegalArgumentException("A closed case has no SLA");
        };
    }

    /** The person acting in this transaction, with their groups (none for a customer contact). */
    static Caller caller(DelegateExecution execution) {
        var authentication =
                execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication != null && authentication.getGroupIds() != null
                ? new Caller(authentication.getUserId(), authentication.getGroupIds())
                : new Caller(actor(execution), List.of());
    }

    /** The person acting in this transaction: who completed the task, or the system. */
    public static String actor(DelegateExecution execution) {
        var authentication =
                execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null) {
            return authentication.getUserId();
        }
        String actor = string(execution, ACTOR);
        return actor == null ? TimelineWriter.SYSTEM : actor;
    }

    /**
     * A new case as Tasklist's start form or a caller of the engine's REST API gives it: process
     * variables, checked like any new case when it opens.
     */
    static NewCase newCaseOf(VariableScope variables) {
        return new NewCase(
                string(variables, CUSTOMER_ID),
                string(variables, CUSTOMER_NAME),
                unlessBlank(string(variables, CUSTOMER_EMAIL)),
                unlessBlank(string(variables, CUSTOMER_PHONE)),
                null,
                optional(variables, CHANNEL, Channel.class),
                optional(variables, CATEGORY, Category.class),
                optional(variables, PRIORITY, Priority.class),
                optional(variables, TRIGGER, Trigger.class),
                optional(variables, CUSTOMER_SEGMENT, CustomerSegment.class),
                string(variables, DESCRIPTION),
                null,
                optional(variables, CUSTOMER_LANGUAGE, Language.class),
                false);
    }

    /** A form's empty field is a value left out. */
    private static String unlessBlank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * What the policy and the gateways route on; the customer, their addresses and their words stay
     * in the case record, where messages, the billing hand-off and the task forms read them.
     */
    static Map<String, Object> routingVariablesOf(NewCase newCase) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CATEGORY, newCase.category().name());
        variables.put(PRIORITY, newCase.priority().name());
        variables.put(TRIGGER, newCase.trigger().name());
        variables.put(CUSTOMER_SEGMENT, newCase.customerSegment().name());
        variables.put(CHANNEL, newCase.channel().name());
        return variables;
    }
}
