package io.escalationdesk.conversation;

import java.util.List;

/**
 * A customer's message as every channel hands it in: who sent it, their new words as plain text,
 * what it came with, and what the channel knows of the thread it belongs to.
 *
 * @param providerId the channel's own id of the message (a mail's Message-ID, the SMS gateway's
 *     message id): a message fetched or delivered twice is stored once
 * @param sender an email address, a phone number or a chat handle
 * @param replyTo where an answer reaches the customer: an email address or a phone number
 * @param shownText the new words, quoted history trimmed; the original keeps everything
 * @param original the message exactly as it arrived
 * @param recipients the addresses a mail was sent to (our reply address carries a token)
 * @param references the Message-IDs a mail answers, In-Reply-To first, then References newest
 *     first
 * @param senderProven the sender is who they say: a provider signed the message, or our mail
 *     server proved the mail's From address (or is trusted to refuse the mail otherwise)
 * @param parked why the message must not touch a case (a bounce, an auto-reply); none otherwise
 * @param parkedDetail what the channel saw, such as the parse error
 */
public record InboundMessage(
        InboundChannel channel,
        String providerId,
        String sender,
        String senderName,
        String replyTo,
        String subject,
        String shownText,
        byte[] original,
        List<Attachment> attachments,
        List<String> recipients,
        List<String> references,
        boolean senderProven,
        ParkedReason parked,
        String parkedDetail) {

    /**
     * A file that came with the message.
     *
     * @param content none when it was refused
     * @param refused why it was not kept (too large, a type not allowed); none when kept
     */
    public record Attachment(String fileName, String contentType, long size, byte[] content, String refused) {}

    /** A message from a chat, SMS or WhatsApp: no subject, recipients or references. */
    public static InboundMessage chat(
            InboundChannel channel,
            String providerId,
            String sender,
            String senderName,
            String replyTo,
            String text,
            byte[] original) {
        return new InboundMessage(
                channel,
                providerId,
                sender,
                senderName,
                replyTo,
                null,
                text,
                original,
                List.of(),
                List.of(),
                List.of(),
                true,
                null,
                null);
    }

    /** This message, kept without touching a case. */
    public InboundMessage parkedBecause(ParkedReason reason, String detail) {
        return new InboundMessage(
                channel,
                providerId,
                sender,
                senderName,
                replyTo,
                subject,
                shownText,
                original,
                attachments,
                recipients,
                references,
                senderProven,
                reason,
                detail);
    }

    /** This message as it arrived, parked: what was read of it could not be stored. */
    public InboundMessage unstorable(String error) {
        return parked(channel, providerId, sender, subject, original, ParkedReason.UNPARSEABLE, error);
    }

    /** A message that must not touch a case, kept as it arrived. */
    public static InboundMessage parked(
            InboundChannel channel,
            String providerId,
            String sender,
            String subject,
            byte[] original,
            ParkedReason reason,
            String detail) {
        return new InboundMessage(
                channel,
                providerId,
                sender,
                null,
                null,
                subject,
                null,
                original,
                List.of(),
                List.of(),
                List.of(),
                false,
                reason,
                detail);
    }
}
