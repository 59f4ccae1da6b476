package io.escalationdesk.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.cases.Language;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.util.FileSystemUtils;

/**
 * Issue 26's suggestion quality and latency: seeds resolved cases of known concerns ({@link
 * ResolvedCorpus}, one million by default) into a PostgreSQL it starts itself while the packaged
 * jar runs against it, and times how long the jar's similarity index takes to hold them all. Then,
 * for a fixed sample of {@value #SAMPLE} of the cases, asks {@code GET /api/cases/{caseNumber}/similar}
 * as tier1-agent (the index never returns the asked case: leave one out) and counts how many of
 * the {@value #SHOWN} answers are of the case's own concern: precision@5, overall and for English
 * and German cases. The same for PostgreSQL's full-text search ({@link PostgresFullText}) on the
 * same cases. Last, p50 and p95 of both with one client (the quality pass) and with {@value
 * #CLIENTS} at once. Figures only; the goal for {@code /similar} is p95 under 50 ms. The full-text
 * search is compared up to {@value #FULL_TEXT_UP_TO} cases, the short size: at a million its queries alone would
 * take over an hour.
 *
 * <p>{@code mvn -Pbenchmark verify}; {@code -Dbenchmark.cases=20000} for a quick run; this
 * benchmark alone: {@code mvn -Pbenchmark package exec:exec@suggestions}.
 */
public final class SuggestionBenchmark {

    static final int SHOWN = 5;
    private static final int SAMPLE = 500;
    private static final int CLIENTS = 4;
    private static final int FULL_TEXT_UP_TO = 20_000;
    private static final Duration CATCH_UP_LIMIT = Duration.ofHours(2);
    private static final ObjectMapper json = new ObjectMapper();
    private static final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Something that names the cases most like one: the app over HTTP, or PostgreSQL. */
    interface Suggester extends AutoCloseable {
        List<String> similarTo(String caseNumber) throws Exception;

        @Override
        default void close() throws Exception {}
    }

    /** Opens a suggester for one client. */
    interface Clients {
        Suggester open() throws Exception;
    }

    private SuggestionBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Path folder = jar.getParent().resolve("benchmark-suggestions");
        try (EmbeddedPostgres postgres = PackagedApp.postgres()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            int port = PackagedApp.freePort();
            System.out.printf(
                    "PostgreSQL on port %d, the app on %d; its log in %s%n",
                    postgres.getPort(), port, folder.resolve("app.log"));
            // an index left by an earlier run would hold that run's cases and read on from its watermark
            Path index = folder.resolve("knowledge-index");
            FileSystemUtils.deleteRecursively(index);
            try (PackagedApp app = PackagedApp.start(
                    jar,
                    folder,
                    port,
                    url,
                    "postgres",
                    "postgres",
                    Map.of("KNOWLEDGE_INDEX_DIRECTORY", index.toAbsolutePath().toString()))) {
                ResolvedCorpus.Written corpus = seed(url, count);
                awaitIndexed(app, corpus);
                List<Integer> sample = sample(corpus);
                Clients overHttp = () -> caseNumber -> similarOverHttp(app, caseNumber);
                Measured lucene = Measured.of(corpus, sample, overHttp);
                Optional<Measured> fullText =
                        count <= FULL_TEXT_UP_TO ? Optional.of(fullText(url, corpus, sample)) : Optional.empty();
                System.out.printf(
                        Locale.ROOT,
                        "%n%,d resolved cases, %d concerns, %d of them asked (leave one out)%n",
                        corpus.cases(),
                        ResolutionFamilies.ALL.size(),
                        sample.size());
                System.out.printf(
                        "%-34s %6s %6s %6s %9s %9s %9s %9s%n",
                        "similar cases",
                        "P@5",
                        "EN",
                        "DE",
                        "p50 1c",
                        "p95 1c",
                        "p50 " + CLIENTS + "c",
                        "p95 " + CLIENTS + "c");
                lucene.print("Lucene, GET /api/cases/{n}/similar");
                fullText.ifPresentOrElse(
                        measured -> measured.print("PostgreSQL full-text, ts_rank"),
                        () -> System.out.printf(
                                Locale.ROOT, "PostgreSQL full-text not compared above %,d cases%n", FULL_TEXT_UP_TO));
                System.out.println("(precision@5 in %, latency in ms; 1c: one client, " + CLIENTS + "c: " + CLIENTS
                        + " clients at once)");
            }
        }
    }

    private static Measured fullText(String url, ResolvedCorpus.Written corpus, List<Integer> sample) throws Exception {
        Instant indexing = Instant.now();
        PostgresFullText.index(url);
        System.out.printf(
                "PostgreSQL full-text: stemmed words and their GIN index in %d s%n",
                Duration.between(indexing, Instant.now()).toSeconds());
        return Measured.of(corpus, sample, () -> PostgresFullText.connect(url));
    }

    private static ResolvedCorpus.Written seed(String url, int count) throws Exception {
        Instant started = Instant.now();
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
            ResolvedCorpus.Written corpus = ResolvedCorpus.write(db, count, Instant.now());
            long german =
                    Arrays.stream(corpus.language()).filter(Language.DE::equals).count();
            System.out.printf(
                    Locale.ROOT,
                    "Seeded %,d resolved cases (%,d German) in one transaction in %d s%n",
                    corpus.cases(),
                    german,
                    Duration.between(started, Instant.now()).toSeconds());
            return corpus;
        }
    }

    /**
     * Until the newest case of the corpus is among the answers for the other marker: the index
     * reads the closings in their order, so it then holds every case.
     */
    private static void awaitIndexed(PackagedApp app, ResolvedCorpus.Written corpus) throws Exception {
        Instant committed = Instant.now();
        Instant limit = committed.plus(CATCH_UP_LIMIT);
        while (!similarOverHttp(app, corpus.probe()).contains(corpus.newest())) {
            if (Instant.now().isAfter(limit)) {
                throw new IllegalStateException("The index did not catch up within " + CATCH_UP_LIMIT);
            }
            Thread.sleep(200);
        }
        Duration catchUp = Duration.between(committed, Instant.now());
        System.out.printf(
                Locale.ROOT,
                "The similarity index caught up in %.1f s (%,.0f cases/s; it polls every 5 s)%n",
                catchUp.toMillis() / 1000.0,
                corpus.cases() * 1000.0 / Math.max(catchUp.toMillis(), 1));
    }

    /** The same cases every run: a fixed draw among all but the markers. */
    private static List<Integer> sample(ResolvedCorpus.Written corpus) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < corpus.cases() - 2; i++) {
            all.add(i);
        }
        Collections.shuffle(all, new Random(26));
        return List.copyOf(all.subList(0, Math.min(SAMPLE, all.size())));
    }

    private static List<String> similarOverHttp(PackagedApp app, String caseNumber)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(app.uri("/api/cases/" + caseNumber + "/similar"))
                        .header("Authorization", Workload.basic("tier1-agent"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "/similar for " + caseNumber + " answered " + response.statusCode() + ": " + response.body());
        }
        List<String> found = new ArrayList<>();
        for (JsonNode similar : json.readTree(response.body()).get("cases")) {
            found.add(similar.get("caseNumber").asText());
        }
        return found;
    }

    /**
     * What one way of finding similar cases scored: precision@5 per language and latencies in
     * microseconds, of one client and of {@value #CLIENTS} at once.
     */
    private record Measured(Map<Language, Double> precision, double overall, List<Long> oneClient, List<Long> clients) {

        static Measured of(ResolvedCorpus.Written corpus, List<Integer> sample, Clients suggesters) throws Exception {
            Map<Language, Double> hits = new EnumMap<>(Language.class);
            Map<Language, Integer> asked = new EnumMap<>(Language.class);
            List<Long> oneClient = new ArrayList<>();
            try (Suggester suggester = suggesters.open()) {
                for (int i : sample) {
                    long start = System.nanoTime();
                    List<String> found = suggester.similarTo(ResolvedCorpus.Written.caseNumber(i));
                    oneClient.add((System.nanoTime() - start) / 1_000);
                    long same = found.stream()
                            .filter(similar -> corpus.familyOf(similar) == corpus.family()[i])
                            .count();
                    hits.merge(corpus.language()[i], (double) same / SHOWN, Double::sum);
                    asked.merge(corpus.language()[i], 1, Integer::sum);
                }
            }
            Map<Language, Double> precision = new EnumMap<>(Language.class);
            hits.forEach((language, sum) -> precision.put(language, sum / asked.get(language)));
            double overall =
                    hits.values().stream().mapToDouble(Double::doubleValue).sum() / sample.size();
            return new Measured(precision, overall, sorted(oneClient), sorted(atOnce(sample, suggesters)));
        }

        /** The sample again, {@value #CLIENTS} clients at once, each on its share. */
        private static List<Long> atOnce(List<Integer> sample, Clients suggesters) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<List<Long>>> clients = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int first = client;
                clients.add(pool.submit(() -> {
                    List<Long> micros = new ArrayList<>();
                    try (Suggester suggester = suggesters.open()) {
                        for (int i = first; i < sample.size(); i += CLIENTS) {
                            long start = System.nanoTime();
                            suggester.similarTo(ResolvedCorpus.Written.caseNumber(sample.get(i)));
                            micros.add((System.nanoTime() - start) / 1_000);
                        }
                    }
                    return micros;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> client : clients) {
                all.addAll(client.get());
            }
            pool.shutdown();
            return all;
        }

        private static List<Long> sorted(List<Long> micros) {
            return micros.stream().sorted().toList();
        }

        void print(String name) {
            System.out.printf(
                    Locale.ROOT,
                    "%-34s %6.1f %6.1f %6.1f %9.1f %9.1f %9.1f %9.1f%n",
                    name,
                    100 * overall,
                    100 * precision.getOrDefault(Language.EN, 0.0),
                    100 * precision.getOrDefault(Language.DE, 0.0),
                    PackagedApp.percentile(oneClient, 0.5) / 1000.0,
                    PackagedApp.percentile(oneClient, 0.95) / 1000.0,
                    PackagedApp.percentile(clients, 0.5) / 1000.0,
                    PackagedApp.percentile(clients, 0.95) / 1000.0);
        }
    }
}
