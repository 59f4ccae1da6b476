package io.escalationdesk.engine.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param demoUsers create one demo user per group, password = user id (demo profile only) */
@ConfigurationProperties("escalation.identity")
record IdentityProperties(boolean demoUsers) {}
