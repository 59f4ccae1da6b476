package io.escalationdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The embedded default keeps what it acknowledged. A process writing to an H2 file database
 * opened with the app's default URL is killed with SIGKILL while it writes; every commit it
 * reported before the kill, as the API reports an accepted case, is there afterwards.
 */
class EmbeddedDatabaseCrashTest {

    @TempDir
    Path folder;

    @Test
    void everyCommitReportedBeforeAKillSurvivesIt() throws Exception {
        String url = defaultDatabaseUrl().replace("./data/", folder.toAbsolutePath() + "/");
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection
                    .createStatement()
                    .execute("create table acknowledged (id integer primary key, payload varchar(200))");
        }
        Process writer = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CommittingWriter.class.getName(),
                        url)
                .redirectErrorStream(true)
                .start();
        List<Integer> reported = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> readNumbers(writer, reported));
        reader.start();

        // killed while it writes, once it has reported enough commits to lose some
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> reported.size() >= 500);
        writer.destroyForcibly().waitFor();
        reader.join();

        Set<Integer> lost = new HashSet<>(reported);
        lost.removeAll(storedIds(url));
        assertThat(lost.size())
                .as("commits lost of %d reported", reported.size())
                .isZero();
    }

    /** The datasource URL application.yaml gives when DB_URL is not set. */
    private static String defaultDatabaseUrl() {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        String url = yaml.getObject().getProperty("spring.datasource.url");
        Matcher fallback = Pattern.compile("\\$\\{DB_URL:(.+)}").matcher(url);
        assertThat(fallback.matches()).as(url).isTrue();
        return fallback.group(1);
    }

    private static void readNumbers(Process writer, List<Integer> reported) {
        try (var lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.matches("\\d+")) {
                    reported.add(Integer.parseInt(line));
                }
            }
        } catch (IOException killed) {
            // the stream ends with the process
        }
    }

    private static Set<Integer> storedIds(String url) throws SQLException {
        Set<Integer> ids = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                var rows = connection.createStatement().executeQuery("select id from acknowledged")) {
            while (rows.next()) {
                ids.add(rows.getInt(1));
            }
        }
        return ids;
    }

    /** Commits one row at a time and prints its id once the commit returned. */
    public static final class CommittingWriter {

        public static void main(String[] args) throws SQLException {
            try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
                connection.setAutoCommit(false);
                PreparedStatement insert = connection.prepareStatement("insert into acknowledged values (?, ?)");
                for (int id = 0; ; id++) {
                    insert.setInt(1, id);
                    insert.setString(2, "case " + id);
                    insert.executeUpdate();
                    connection.commit();
                    System.out.println(id);
                }
            }
        }
    }
}
