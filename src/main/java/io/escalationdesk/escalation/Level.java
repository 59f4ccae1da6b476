package io.escalationdesk.escalation;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Who holds a case: the escalation ladder (Tier 1 up to management), a department it was handed
 * to, or nobody once it is closed.
 */
public enum Level {
    TIER1("tier1"),
    TIER2("tier2"),
    SUPERVISOR("supervisors"),
    MANAGEMENT("management"),
    BILLING("billing"),
    TECHNICAL("technical"),
    CLOSED(null);

    private final String candidateGroup;

    Level(String candidateGroup) {
        this.candidateGroup = candidateGroup;
    }

    /** The teams the call center's agents work in: the groups of the levels' queues. */
    public static List<String> teams() {
        return Arrays.stream(values())
                .map(Level::candidateGroup)
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * The group whose task queue holds the case at this level: its id is written here only; the
     * diagram's tasks ({@code queue.of(execution, 'TIER2')}) and the engine's groups ask for it.
     */
    public String candidateGroup() {
        return candidateGroup;
    }

    public boolean isDepartment() {
        return this == BILLING || this == TECHNICAL;
    }

    /** The next rung of the ladder; management is the top and stays where it is. */
    public Level above() {
        return switch (this) {
            case TIER1 -> TIER2;
            case TIER2 -> SUPERVISOR;
            case SUPERVISOR, MANAGEMENT -> MANAGEMENT;
            case BILLING, TECHNICAL, CLOSED ->
                throw new IllegalStateException(this + " is not on the escalation ladder");
        };
    }
}
