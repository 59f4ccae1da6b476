package io.escalationdesk.cases;

import io.escalationdesk.system.Labels;
import org.springframework.stereotype.Component;

/**
 * How a case's task reads in an agent's queue: a title that says which case it is, "ESC-2026-000123
 * · Billing · J. Doe" (the category in the case's language, the language the agent works it in),
 * and a rank among the queue's other tasks that follows the case's priority and the customer's
 * segment.
 */
@Component
public class QueueEntries {

    /** The rank of a normal case of a standard customer; the engine's default task priority. */
    static final int NORMAL_RANK = 50;

    private static final String SEPARATOR = " · ";

    private final Labels labels;

    QueueEntries(Labels labels) {
        this.labels = labels;
    }

    public String titleOf(CaseRecord record) {
        StringBuilder title = new StringBuilder(record.caseNumber());
        if (record.category() != null) {
            title.append(SEPARATOR).append(labels.of(record.category(), record.language().locale));
        }
        String customer = shortName(record.customerName());
        if (customer != null) {
            title.append(SEPARATOR).append(customer);
        }
        return title.toString();
    }

    /**
     * 0 to 100, higher first: urgent before high before normal before low, and a VIP a step above
     * a standard customer of the same priority, never above the next priority.
     */
    public static int rankOf(Priority priority, CustomerSegment segment) {
        int rank = switch (priority == null ? Priority.NORMAL : priority) {
            case LOW -> 30;
            case NORMAL -> NORMAL_RANK;
            case HIGH -> 70;
            case URGENT -> 90;
        };
        return segment == CustomerSegment.VIP ? rank + 10 : rank;
    }

    public static int rankOf(CaseRecord record) {
        return rankOf(record.priority(), record.customerSegment());
    }

    /** "Jane Doe" reads "J. Doe"; a single name stays as it is; no name, none. */
    static String shortName(String customerName) {
        if (customerName == null || customerName.isBlank()) {
            return null;
        }
        String[] words = customerName.strip().split("\\s+");
        if (words.length == 1) {
            return words[0];
        }
        return words[0].codePoints()
                        .limit(1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                + ". " + words[words.length - 1];
    }
}
