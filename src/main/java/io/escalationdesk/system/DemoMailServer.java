package io.escalationdesk.system;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's own mail server on localhost (GreenMail): SMTP takes every mail the desk sends, IMAP
 * serves each recipient's mailbox (the login and password are the address) and the desk's
 * support mailbox, which the desk reads. A newcomer answers a customer's mail with any mail
 * program and watches it land on the case. Addresses with a {@code +detail} reach the mailbox
 * without it, as real mail servers deliver them. Mail lives in memory: a restart empties it.
 */
@Component
@ConditionalOnProperty(name = "escalation.demo-mail-server.enabled", havingValue = "true")
class DemoMailServer {

    private static final Logger log = LoggerFactory.getLogger(DemoMailServer.class);

    private final GreenMail server;

    DemoMailServer(
            @Value("${escalation.demo-mail-server.smtp-port}") int smtpPort,
            @Value("${escalation.demo-mail-server.imap-port}") int imapPort,
            @Value("${escalation.inbound.mail.username}") String supportLogin,
            @Value("${escalation.inbound.mail.password}") String supportPassword) {
        this.server = new GreenMail(new ServerSetup[] {
                    new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
                })
                .withConfiguration(GreenMailConfiguration.aConfig()
                        .withUser(supportLogin, supportLogin, supportPassword)
                        .withSieveIgnoreDetail());
    }

    @PostConstruct
    void start() {
        server.start();
        log.info(
                "Demo mail server on localhost: SMTP {}, IMAP {} (log in with a mail address as "
                        + "user and password)",
                server.getSmtp().getPort(),
                server.getImap().getPort());
    }

    @PreDestroy
    void stop() {
        server.stop();
    }
}
