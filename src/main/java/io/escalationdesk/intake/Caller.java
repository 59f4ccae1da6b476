package io.escalationdesk.intake;

import io.escalationdesk.timeline.TimelineWriter;
import java.util.List;

/** The signed-in user who hands us a case or a contact, with their groups. */
public record Caller(String userId, List<String> groups) {

    /** The customer themselves, writing in on a channel: nobody signed in. */
    public static final Caller CUSTOMER = new Caller(TimelineWriter.CUSTOMER, List.of());

    /** The customer's own message: the engine works for them, as it does for a timer. */
    public boolean isCustomer() {
        return this.equals(CUSTOMER);
    }
}
