package io.escalationdesk.conversation;

import io.escalationdesk.cases.Channel;

/** Where a customer's message came in. */
public enum InboundChannel {
  EMAIL(Channel.EMAIL),
  SMS(Channel.SMS),
  WHATSAPP(Channel.CHAT),
  CHAT(Channel.CHAT);

  /** The channel a case it opens, or a contact it records, is counted under. */
  public final Channel caseChannel;

  InboundChannel(Channel caseChannel) {
    this.caseChannel = caseChannel;
  }
}
