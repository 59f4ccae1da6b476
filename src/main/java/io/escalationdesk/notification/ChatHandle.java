package io.escalationdesk.notification;

import java.util.Optional;

/**
 * Where a chat answer goes, as the inbound webhook records its sender: the tool's name in
 * {@code /api/inbound/chat/<tool>}, a colon, and the visitor's id in that tool
 * ("webchat:visitor-42").
 */
record ChatHandle(String tool, String visitor) {

    /** None for a handle without a tool's name. */
    static Optional<ChatHandle> of(String handle) {
        int colon = handle == null ? -1 : handle.indexOf(':');
        return colon > 0
                ? Optional.of(new ChatHandle(handle.substring(0, colon), handle.substring(colon + 1)))
                : Optional.empty();
    }
}
