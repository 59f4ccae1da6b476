package io.escalationdesk.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How fast the insight dashboard answers as history grows: seeds a year of cases (one million
 * closed by default) into a PostgreSQL it starts itself, starts the packaged jar against it and
 * loads the dashboard as a supervisor's browser does, its requests six at a time, for 30 days:
 * cold, each report worked out, and warm, from the insight cache. Prints every report's p50, p95
 * and slowest, and the whole page's.
 *
 * <p>{@code mvn -Pbenchmark verify} (README, "Benchmarks"); {@code -Dbenchmark.cases=100000}
 * for a quicker run.
 */
public final class InsightBenchmark {

    private static final int WARM_UP_PAGES = 5;
    private static final int MEASURED_PAGES = 40;
    private static final int BROWSER_CONNECTIONS = 6;
    private static final String WHOLE_PAGE = "the whole page";
    private static final String SUPERVISOR =
            "Basic " + Base64.getEncoder().encodeToString("supervisor:supervisor".getBytes(StandardCharsets.UTF_8));
    private static final List<String> REPORTS = List.of(
            "summary",
            "trends?by=DAY",
            "levels",
            "volume?by=TRIGGER",
            "push-down",
            "avoidable",
            "backlog",
            "at-risk",
            "sla",
            "volume?by=CHANNEL",
            "teams",
            "agents",
            "agents/tier1-01");

    private InsightBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        long closedCases = Long.parseLong(args[1]);
        Path folder = jar.getParent().resolve("benchmark");
        try (EmbeddedPostgres postgres = PackagedApp.postgres()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            int port = PackagedApp.freePort();
            System.out.printf(
                    "PostgreSQL on port %d, the app on %d; its log in %s%n",
                    postgres.getPort(), port, folder.resolve("app.log"));
            // the app creates the schema first; the history then goes into its tables
            try (PackagedApp app = PackagedApp.start(jar, folder, port, url, "postgres", "postgres")) {
                CaseHistory.seed(url, closedCases);
                measure(app);
            }
        }
    }

    /**
     * Cold: every page load asks for a range nobody asked for before (shifted by a day), so every
     * report is worked out. Warm: the same range again and again, as a team looks at its
     * dashboard, served from the insight cache.
     */
    private static void measure(PackagedApp app) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        List<String> cold = new ArrayList<>();
        List<String> warm = new ArrayList<>();
        for (int page = 0; page < MEASURED_PAGES; page++) {
            cold.add(range(today.minusDays(page + 1)));
            warm.add(range(today));
        }
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService browser = Executors.newFixedThreadPool(BROWSER_CONNECTIONS);
        try {
            printTable("Cold, a new 30-day range on every page load", load(app, http, browser, cold));
            load(app, http, browser, warm.subList(0, WARM_UP_PAGES));
            printTable("Warm, the last 30 days again and again", load(app, http, browser, warm));
        } finally {
            browser.shutdown();
        }
    }

    /** The 30 days up to the last day, as the dashboard asks for them. */
    private static String range(LocalDate lastDay) {
        return "from=" + lastDay.minusDays(29) + "&to=" + lastDay.plusDays(1);
    }

    /** Every report of a page load for each range, the reports six at a time; times in ms. */
    private static Map<String, List<Long>> load(
            PackagedApp app, HttpClient http, ExecutorService browser, List<String> ranges) throws Exception {
        Map<String, List<Long>> millis = new LinkedHashMap<>();
        REPORTS.forEach(report -> millis.put(report, new ArrayList<>()));
        millis.put(WHOLE_PAGE, new ArrayList<>());
        for (String range : ranges) {
            long pageStart = System.nanoTime();
            List<Future<Long>> answers = new ArrayList<>();
            for (String report : REPORTS) {
                URI uri = app.uri("/api/insights/" + report + (report.contains("?") ? "&" : "?") + range);
                answers.add(browser.submit(() -> timed(http, uri)));
            }
            for (int i = 0; i < REPORTS.size(); i++) {
                millis.get(REPORTS.get(i)).add(answers.get(i).get());
            }
            millis.get(WHOLE_PAGE).add((System.nanoTime() - pageStart) / 1_000_000);
        }
        return millis;
    }

    private static void printTable(String heading, Map<String, List<Long>> millis) {
        System.out.printf(
                "%n%s: %d page loads, %d requests at a time (ms)%n",
                heading, millis.get(WHOLE_PAGE).size(), BROWSER_CONNECTIONS);
        System.out.printf("%-22s %6s %6s %6s%n", "report", "p50", "p95", "max");
        List<Long> every = new ArrayList<>();
        millis.forEach((report, times) -> {
            if (!report.equals(WHOLE_PAGE)) {
                every.addAll(times);
                print(report, times);
            }
        });
        print("every request", every);
        print(WHOLE_PAGE, millis.get(WHOLE_PAGE));
    }

    private static long timed(HttpClient http, URI uri) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri)
                        .header("Authorization", SUPERVISOR)
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return millis;
    }

    private static void print(String what, List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf(
                "%-22s %6d %6d %6d%n",
                what,
                PackagedApp.percentile(sorted, 0.5),
                PackagedApp.percentile(sorted, 0.95),
                sorted.get(sorted.size() - 1));
    }
}
