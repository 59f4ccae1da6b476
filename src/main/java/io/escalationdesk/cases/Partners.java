package io.escalationdesk.cases;

import io.escalationdesk.escalation.Level;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outsourced partner teams: each serves some levels or departments, and the escalation policy
 * routes cases to it (its {@code partner} output). A partner's agents are the members of the
 * group {@code partner-<id>}; they see a case while their partner has it, and nothing else.
 *
 * @param teams by partner id: its name and the levels it serves
 */
@ConfigurationProperties("escalation.partners")
public record Partners(Map<String, Team> teams) {

    /** A partner team. */
    public record Team(String name, Set<Level> serves) {}

    private static final String GROUP_PREFIX = "partner-";

    public Partners {
        teams = teams == null ? Map.of() : Map.copyOf(teams);
    }

    /** The group of a partner's agents. */
    public static String groupOf(String partner) {
        return GROUP_PREFIX + partner;
    }

    public List<String> groups() {
        return teams.keySet().stream().sorted().map(Partners::groupOf).toList();
    }

    /** What people read for a partner: its name, or its id once it is no longer configured. */
    public String nameOf(String partner) {
        Team team = teams.get(partner);
        return team == null ? partner : team.name();
    }

    /** The partner that holds a case at the level: the policy's, if it serves the level. */
    public Optional<String> holding(String routedTo, Level level) {
        return Optional.ofNullable(routedTo)
                .filter(partner -> !partner.isBlank())
                .filter(partner -> teams.containsKey(partner)
                        && teams.get(partner).serves().contains(level));
    }

    /** The partner a caller works for, by their groups; none for the call center's own people. */
    public Optional<String> of(Collection<String> groups) {
        return teams.keySet().stream()
                .filter(partner -> groups.contains(groupOf(partner)))
                .findFirst();
    }
}
