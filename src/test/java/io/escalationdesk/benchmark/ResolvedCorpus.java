package io.escalationdesk.benchmark;

import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Priority;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Level;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A year of resolved cases whose concern is known: each is of one {@link ResolutionFamily},
 * described in its language (a third German) from one of the family's templates with the
 * customer's own details, and resolved at the family's level with its resolution and note. As
 * agents write them: now and then with a word about the caller before or after, a quarter opening
 * with what the case is filed under ("Question about the bill."), and one in seven with a second
 * concern of another family after the first ("Also: ..."), which the case is not resolved for.
 * Agents do not always file a case under the family's category and trigger either: one in ten has
 * another category, one in five another trigger. Written with COPY as the process leaves a resolved case (its record, its facts, the
 * stay that resolved it), in closing order and in one transaction, so an index following the
 * closings sees all of them at once. Seeded from a fixed number: every run writes the same cases.
 *
 * <p>The last two cases are a marker pair in words no family uses: the newest is the last a
 * feed in closing order reads, and it is the other's best match.
 */
final class ResolvedCorpus {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final int BATCH = 10_000;
    private static final double GERMAN = 1.0 / 3;
    private static final String PREFIX = "ESC-S";
    private static final String MARKER = "Benchmark marker quokka zeppelin";

    private static final Map<Language, List<String>> BEFORE = Map.of(
            Language.EN,
            List.of(
                    "Customer {called|wrote in|rang} {again|today|for the second time}.",
                    "Customer number {number}.",
                    "{Very|Quite} {upset|annoyed|frustrated}.",
                    "Asks for a {call back|callback} {today|tomorrow morning}."),
            Language.DE,
            List.of(
                    "Kunde {ruft erneut an|schreibt heute|meldet sich zum zweiten Mal}.",
                    "Kundennummer {number}.",
                    "{Sehr|Ziemlich} {verärgert|genervt|frustriert}.",
                    "Bittet um Rückruf {heute|morgen früh}."));
    private static final Map<Language, Map<Category, String>> FILED_UNDER = Map.of(
            Language.EN,
            Map.of(
                    Category.GENERAL, "{Question|Query} about the contract.",
                    Category.BILLING, "{Question about|Problem with} the {bill|invoice}.",
                    Category.TECHNICAL, "{Technical problem|Fault report}.",
                    Category.COMPLAINT, "Complaint.",
                    Category.ACCOUNT, "About the customer account."),
            Language.DE,
            Map.of(
                    Category.GENERAL, "Frage zum Vertrag.",
                    Category.BILLING, "{Frage zur|Problem mit der} Rechnung.",
                    Category.TECHNICAL, "{Technisches Problem|Störungsmeldung}.",
                    Category.COMPLAINT, "Beschwerde.",
                    Category.ACCOUNT, "Zum Kundenkonto."));
    private static final Map<Language, String> ALSO = Map.of(Language.EN, "Also: ", Language.DE, "Außerdem: ");
    private static final Map<Language, List<String>> AFTER = Map.of(
            Language.EN,
            List.of("Please {check|look into it}.", "Wants an answer {by email|by SMS|today}.", "Reference {number}."),
            Language.DE,
            List.of("Bitte {prüfen|klären}.", "Möchte eine Antwort {per E-Mail|per SMS|heute}.", "Referenz {number}."));
    private static final Map<Language, String[]> MONTHS = Map.of(
            Language.EN,
            new String[] {
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December"
            },
            Language.DE,
            new String[] {
                "Januar",
                "Februar",
                "März",
                "April",
                "Mai",
                "Juni",
                "Juli",
                "August",
                "September",
                "Oktober",
                "November",
                "Dezember"
            });
    private static final Map<Language, String[]> WEEKDAYS = Map.of(
            Language.EN,
            new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
            Language.DE,
            new String[] {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"});

    /**
     * The corpus as written: the family of each case by its number (none for the markers) and its
     * language.
     */
    record Written(int[] family, Language[] language, String probe, String newest) {

        int cases() {
            return family.length;
        }

        static String caseNumber(int index) {
            return PREFIX + (index + 1);
        }

        /** The family of a case of the corpus, -1 for the markers and for cases not of the corpus. */
        int familyOf(String caseNumber) {
            if (!caseNumber.startsWith(PREFIX)) {
                return -1;
            }
            return family[Integer.parseInt(caseNumber.substring(PREFIX.length())) - 1];
        }
    }

    private final Random random = new Random(20261204);
    private final CopyTable cases = new CopyTable("escalation_case (case_number, customer_id, customer_name, "
            + "customer_email, preferred_channel, channel, category, priority, escalation_trigger, "
            + "customer_segment, description, status, level, opened_at, closed_at, language, resolution_note)");
    private final CopyTable facts = new CopyTable("case_fact (case_number, opened_at, opened_day, opened_week, "
            + "channel, category, escalation_trigger, priority, customer_segment, team, entry_level, escalated, "
            + "closed_at, closed_event, resolved_level, resolution_code, resolve_elapsed_seconds, "
            + "resolve_business_seconds)");
    private final CopyTable stays = new CopyTable("case_level_visit (case_number, opened_day, opened_week, "
            + "channel, category, escalation_trigger, priority, customer_segment, level, entered_at, "
            + "entered_event, held_by, left_at, left_event, left_by)");
    private final int totalWeight =
            ResolutionFamilies.ALL.stream().mapToInt(ResolutionFamily::weight).sum();

    private ResolvedCorpus() {}

    /** {@code count} resolved cases (the last two the markers), closed over the year before {@code now}. */
    static Written write(Connection connection, int count, Instant now) throws SQLException, IOException {
        return new ResolvedCorpus().writeAll(connection, count, now);
    }

    private Written writeAll(Connection connection, int count, Instant now) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        int[] families = new int[count];
        Language[] languages = new Language[count];
        Instant first = now.minus(Duration.ofDays(365));
        long step = Duration.between(first, now).toMillis() / count;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        for (int i = 0; i < count; i++) {
            Instant closed = first.plusMillis(step * i);
            boolean marker = i >= count - 2;
            families[i] = marker ? -1 : family();
            languages[i] = marker ? Language.EN : random.nextDouble() < GERMAN ? Language.DE : Language.EN;
            oneCase(Written.caseNumber(i), families[i], languages[i], closed);
            if ((i + 1) % BATCH == 0) {
                flush(copy);
            }
        }
        flush(copy);
        try (Statement statement = connection.createStatement()) {
            // statistics for the index's first read, as autovacuum would gather them soon after
            statement.execute("analyze escalation_case, case_fact, case_level_visit");
        }
        connection.commit();
        connection.setAutoCommit(autoCommit);
        return new Written(families, languages, Written.caseNumber(count - 2), Written.caseNumber(count - 1));
    }

    private void oneCase(String caseNumber, int familyIndex, Language language, Instant closed) {
        ResolutionFamily family = familyIndex < 0 ? null : ResolutionFamilies.ALL.get(familyIndex);
        Level level = family == null ? Level.TIER1 : family.level();
        Instant opened = closed.minusSeconds(30 + (long) exponential(meanSecondsToResolve(level)));
        Category category = family == null || random.nextDouble() < 0.1 ? pick(Category.values()) : family.category();
        Trigger trigger = family == null || random.nextDouble() < 0.2 ? pick(Trigger.values()) : family.trigger();
        String description = family == null ? MARKER : description(family, category, language);
        String note = family == null ? MARKER : expand(family.notes().get(language), language);
        String channel = pick(Channel.values()).name();
        String priority = pick(Priority.values()).name();
        String segment = random.nextDouble() < 0.1 ? "VIP" : "STANDARD";
        LocalDate day = LocalDate.ofInstant(opened, ZONE);
        LocalDate week = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String agent = "%s-%02d".formatted(level.name().toLowerCase(Locale.ROOT), 1 + random.nextInt(8));
        long elapsed = Duration.between(opened, closed).toSeconds();
        int customer = random.nextInt(250_000);
        cases.row(
                caseNumber,
                "C-" + customer,
                "Customer " + customer,
                "customer" + customer + "@example.com",
                "EMAIL",
                channel,
                category.name(),
                priority,
                trigger.name(),
                segment,
                description,
                "CLOSED",
                Level.CLOSED.name(),
                opened,
                closed,
                language.name(),
                note);
        facts.row(
                caseNumber,
                opened,
                day,
                week,
                channel,
                category.name(),
                trigger.name(),
                priority,
                segment,
                "tier1",
                Level.TIER1.name(),
                level != Level.TIER1,
                closed,
                CaseEvent.RESOLVED.name(),
                level.name(),
                family == null ? "ANSWERED" : family.resolution().name(),
                elapsed,
                elapsed);
        stays.row(
                caseNumber,
                day,
                week,
                channel,
                category.name(),
                trigger.name(),
                priority,
                segment,
                level.name(),
                opened,
                CaseEvent.ROUTED.name(),
                agent,
                closed,
                CaseEvent.RESOLVED.name(),
                agent);
    }

    /**
     * One of the family's descriptions, sometimes with a word about the caller before or after it,
     * what the case is filed under, or a second concern.
     */
    private String description(ResolutionFamily family, Category filedUnder, Language language) {
        StringBuilder text = new StringBuilder();
        if (random.nextDouble() < 0.4) {
            text.append(pick(BEFORE.get(language))).append(' ');
        }
        if (random.nextDouble() < 0.25) {
            text.append(FILED_UNDER.get(language).get(filedUnder)).append(' ');
        }
        text.append(pick(family.descriptions().get(language))).append('.');
        if (random.nextDouble() < 1.0 / 7) {
            ResolutionFamily other = ResolutionFamilies.ALL.get(family());
            text.append(' ')
                    .append(ALSO.get(language))
                    .append(pick(other.descriptions().get(language)))
                    .append('.');
        }
        if (random.nextDouble() < 0.3) {
            text.append(' ').append(pick(AFTER.get(language)));
        }
        return expand(text.toString(), language);
    }

    /** The template with each {@code {a|b}} made one of its alternatives and each slot filled. */
    private String expand(String template, Language language) {
        StringBuilder text = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            char c = template.charAt(at);
            if (c != '{') {
                text.append(c);
                at++;
                continue;
            }
            int end = closing(template, at);
            List<String> alternatives = alternatives(template.substring(at + 1, end));
            text.append(
                    alternatives.size() == 1
                            ? slot(alternatives.get(0), language)
                            : expand(pick(alternatives), language));
            at = end + 1;
        }
        return text.toString().replaceAll(" {2,}", " ").replace(" .", ".").trim();
    }

    private static int closing(String template, int open) {
        int depth = 0;
        for (int i = open; i < template.length(); i++) {
            depth += template.charAt(i) == '{' ? 1 : template.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unclosed { in " + template);
    }

    /** The alternatives of a brace's content, split at the bars outside nested braces. */
    private static List<String> alternatives(String content) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == '|' && depth == 0) {
                parts.add(content.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(content.substring(start));
        return parts;
    }

    private String slot(String name, Language language) {
        return switch (name) {
            case "month" -> pick(MONTHS.get(language));
            case "weekday" -> pick(WEEKDAYS.get(language));
            case "number" -> String.valueOf(100_000 + random.nextInt(900_000));
            case "amount" -> {
                String amount = String.format(Locale.ROOT, "%d.%02d", 5 + random.nextInt(120), random.nextInt(100));
                yield language == Language.DE ? amount.replace('.', ',') + " €" : amount + " EUR";
            }
            default -> throw new IllegalArgumentException("No slot {" + name + "}");
        };
    }

    /** How long a level takes to resolve, on average, in seconds. */
    private static double meanSecondsToResolve(Level level) {
        return switch (level) {
            case TIER1 -> 2 * 3600;
            case TIER2 -> 86_400;
            case SUPERVISOR -> 2 * 86_400;
            case MANAGEMENT -> 5 * 86_400;
            default -> 3 * 86_400;
        };
    }

    private int family() {
        int draw = random.nextInt(totalWeight);
        for (int i = 0; i < ResolutionFamilies.ALL.size(); i++) {
            draw -= ResolutionFamilies.ALL.get(i).weight();
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights");
    }

    private void flush(CopyManager copy) throws SQLException, IOException {
        for (CopyTable table : List.of(cases, facts, stays)) {
            table.copyInto(copy);
        }
    }

    private double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
