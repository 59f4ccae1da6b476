package io.escalationdesk.inbound;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether our receiving mail server proved a mail's From address: its Authentication-Results
 * header (RFC 8601) says DMARC passed, or, where it checked no DMARC, SPF or DKIM. Only headers
 * our server wrote count, by its authserv-id: a sender may add any header of their own, and our
 * server removes those that claim its id.
 */
final class SenderAuthentication {

    private static final Pattern RESULT = Pattern.compile("([a-z0-9-]+)\\s*=\\s*([a-z]+)");

    private SenderAuthentication() {}

    /**
     * @param authservId our server's id; none: nothing is checked here, so every From counts as
     *     proven and the server must refuse mail failing SPF and DMARC itself
     * @param headers the mail's Authentication-Results headers
     */
    static boolean proven(String authservId, List<String> headers) {
        if (authservId == null || authservId.isBlank()) {
            return true;
        }
        Map<String, String> results = headers.stream()
                .map(header -> header.replaceAll("\\([^)]*\\)", " ")
                        .replaceAll("\\s+", " ")
                        .strip())
                .filter(header -> idOf(header).equalsIgnoreCase(authservId.strip()))
                .flatMap(header -> List.of(header.split(";")).stream().skip(1))
                .map(result -> RESULT.matcher(result.strip().toLowerCase(Locale.ROOT)))
                .filter(Matcher::lookingAt)
                .collect(Collectors.toMap(
                        result -> result.group(1),
                        result -> result.group(2),
                        (first, second) -> first.equals("pass") ? second : first));
        String dmarc = results.get("dmarc");
        return dmarc != null
                ? dmarc.equals("pass")
                : "pass".equals(results.get("spf")) || "pass".equals(results.get("dkim"));
    }

    /** The authserv-id, without the version that may follow it. */
    private static String idOf(String header) {
        String first = header.split(";", 2)[0].strip();
        int space = first.indexOf(' ');
        return space < 0 ? first : first.substring(0, space);
    }
}
