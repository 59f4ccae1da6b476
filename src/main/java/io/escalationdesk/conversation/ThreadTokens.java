package io.escalationdesk.conversation;

import io.escalationdesk.system.Hmac;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The signed token that ties a mail to its case: {@code <case number>.<signature>}. Every mail we
 * send carries it in its Message-ID and in its reply address ({@code support+<token>@...}), so an
 * answer finds its case whatever the customer's mail program keeps, and nobody can make one up for
 * a case that is not theirs. Mail programs may change the case of addresses, so it is read
 * ignoring case.
 */
@Component
public class ThreadTokens {

    private static final int SIGNATURE_BYTES = 6;
    /** A case number (letters, digits, hyphens), a dot and the signature's hex digits. */
    private static final Pattern TOKEN =
            Pattern.compile("([A-Za-z0-9][A-Za-z0-9-]{0,31})\\.([0-9a-fA-F]{" + SIGNATURE_BYTES * 2 + "})");

    private static final Pattern PLUS_ADDRESS = Pattern.compile("[^+@\\s<>]+\\+([^@\\s<>]+)@");
    private static final Pattern MESSAGE_ID = Pattern.compile(
            "<?([A-Za-z0-9][A-Za-z0-9-]{0,31})\\.[^<>@\\s]*\\.([0-9a-fA-F]{" + SIGNATURE_BYTES * 2 + "})@[^<>\\s]+>?");

    private final String secret;

    ThreadTokens(ConversationProperties properties) {
        this.secret = properties.tokenSecret();
    }

    /** The case's token: the same for every mail about it. */
    public String tokenOf(String caseNumber) {
        return caseNumber + "." + signature(caseNumber);
    }

    /**
     * A Message-ID of ours: {@code <case.unique.signature@domain>}.
     *
     * @param unique tells this mail from the case's other mails
     */
    public String messageId(String caseNumber, String unique, String domain) {
        return "<" + caseNumber + "." + unique + "." + signature(caseNumber) + "@" + domain + ">";
    }

    /** {@code support@example.com} becomes {@code support+<token>@example.com}. */
    public String replyAddress(String caseNumber, String address) {
        int at = address.lastIndexOf('@');
        return address.substring(0, at) + "+" + tokenOf(caseNumber) + address.substring(at);
    }

    /** The case of a Message-ID of ours whose signature holds; none for any other id. */
    public Optional<String> caseOfMessageId(String messageId) {
        Matcher id = MESSAGE_ID.matcher(messageId.strip());
        return id.matches() ? verified(id.group(1), id.group(2)) : Optional.empty();
    }

    /** The case of a reply address of ours ({@code local+token@domain}) whose signature holds. */
    public Optional<String> caseOfAddress(String address) {
        Matcher plus = PLUS_ADDRESS.matcher(address);
        if (!plus.find()) {
            return Optional.empty();
        }
        Matcher token = TOKEN.matcher(plus.group(1));
        return token.matches() ? verified(token.group(1), token.group(2)) : Optional.empty();
    }

    private Optional<String> verified(String caseNumber, String signature) {
        String number = caseNumber.toUpperCase(Locale.ROOT);
        boolean holds = MessageDigest.isEqual(
                signature(number).getBytes(StandardCharsets.US_ASCII),
                signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        return holds ? Optional.of(number) : Optional.empty();
    }

    private String signature(String caseNumber) {
        byte[] digest = Hmac.of(
                "HmacSHA256",
                secret,
                ("thread:" + caseNumber.toUpperCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, SIGNATURE_BYTES);
    }
}
