package io.escalationdesk.cases;

import java.util.Optional;
import java.util.stream.Stream;

/** How a message reaches the customer. */
public enum ContactChannel {
    EMAIL,
    SMS,
    /** Only in answer to the customer's own WhatsApp message, to the number it came from. */
    WHATSAPP,
    /** Only in answer to the customer's own message in a chat or social tool, to its handle. */
    CHAT;

    /**
     * WhatsApp and chat carry answers to what the customer wrote there, not our own messages
     * days later (WhatsApp takes free text only within 24 hours of the customer's message), so
     * they are never a customer's preferred channel and have no standing address.
     */
    public boolean answersOnly() {
        return this == WHATSAPP || this == CHAT;
    }

    /** The customer's address on this channel, {@code null} when they left none. */
    public String addressOf(String email, String phone) {
        String address = switch (this) {
            case EMAIL -> email;
            case SMS -> phone;
            case WHATSAPP, CHAT -> null;
        };
        return address == null || address.isBlank() ? null : address;
    }

    /** This channel if the customer has an address on it, otherwise the other one if they do. */
    public ContactChannel orOtherReaching(String email, String phone) {
        return addressOf(email, phone) == null ? fallbackReaching(email, phone).orElse(this) : this;
    }

    /**
     * Where a message goes when this channel refuses it for good: email or SMS, whichever else
     * reaches the customer (WhatsApp tries SMS first, chat tries email first).
     */
    public Optional<ContactChannel> fallbackReaching(String email, String phone) {
        ContactChannel first = switch (this) {
            case EMAIL, WHATSAPP -> SMS;
            case SMS, CHAT -> EMAIL;
        };
        return Stream.of(first, first == SMS ? EMAIL : SMS)
                .filter(channel -> channel != this && channel.addressOf(email, phone) != null)
                .findFirst();
    }
}
