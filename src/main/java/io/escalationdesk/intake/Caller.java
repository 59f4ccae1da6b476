package io.escalationdesk.intake;

import java.util.List;

/** The signed-in user who hands us a case or a contact, with their groups. */
public record Caller(String userId, List<String> groups) {}
