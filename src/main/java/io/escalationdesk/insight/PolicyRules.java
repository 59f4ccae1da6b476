package io.escalationdesk.insight;

import java.util.Map;

/** The escalation policy's rules as process owners wrote them; the engine adapter reads them. */
public interface PolicyRules {

    /** The annotation of every rule of the latest policy, by rule id. */
    Map<String, String> descriptions();
}
