package io.escalationdesk.conversation;

/** The rung of the threading ladder that placed a message, as staff read it. */
public enum ThreadedBy {
    /** Our signed token, in the Message-ID the mail answers or in our reply address. */
    TOKEN,
    /** In-Reply-To or References names a mail of the case, ours or the customer's. */
    REFERENCES,
    /** The subject names the case, and the sender is that case's customer. */
    SUBJECT,
    /** The sender's number or handle belongs to the customer of the case. */
    SENDER,
    /** Nothing named a case: a new one. */
    NEW
}
