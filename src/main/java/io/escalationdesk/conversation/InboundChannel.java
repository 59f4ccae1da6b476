package io.escalationdesk.conversation;

import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.ContactChannel;

/** Where a customer's message came in. */
public enum InboundChannel {
    EMAIL(Channel.EMAIL, ContactChannel.EMAIL),
    SMS(Channel.SMS, ContactChannel.SMS),
    WHATSAPP(Channel.CHAT, ContactChannel.WHATSAPP),
    CHAT(Channel.CHAT, ContactChannel.CHAT);

    /** The channel a case it opens, or a contact it records, is counted under. */
    public final Channel caseChannel;
    /** Where an answer to a message that came in here goes. */
    public final ContactChannel answeredOn;

    InboundChannel(Channel caseChannel, ContactChannel answeredOn) {
        this.caseChannel = caseChannel;
        this.answeredOn = answeredOn;
    }
}
