package io.escalationdesk.engine.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoUsers create one demo user per group, password = user id (demo profile only)
 * @param keepSignInsFor how long a verified user and password are taken without asking the
 *     engine again; a change to users, groups or memberships on this node ends it at once, one
 *     on another node within this time
 */
@ConfigurationProperties("escalation.identity")
record IdentityProperties(
        boolean demoUsers, @DefaultValue("PT30S") Duration keepSignInsFor) {}
