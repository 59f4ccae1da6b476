package io.escalationdesk.inbound;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Properties;

/**
 * The support mailbox customers answer to: a real IMAP server (GreenMail, with IDLE) on a local
 * port for the whole test run, which the application reads. It can go down and come back on the
 * same port, empty, as a server restored without its flags would be.
 */
public final class LocalMailbox {

    public static final String ADDRESS = "support@example.com";
    public static final String PASSWORD = "support-mailbox";
    private static final long STARTUP_TIMEOUT_MS = 15_000;
    private static LocalMailbox instance;

    private int port;
    private GreenMail greenMail;

    private LocalMailbox() {
        start();
    }

    public static synchronized LocalMailbox instance() {
        if (instance == null) {
            instance = new LocalMailbox();
        }
        return instance;
    }

    public int port() {
        return port;
    }

    /** A mail as it arrives in the support mailbox, unseen. */
    public void deliver(byte[] raw) {
        try {
            MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
            supportUser().deliver(mail);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Mails in the support mailbox nobody has marked seen. */
    public int unseen() {
        try {
            return greenMail
                    .getManagers()
                    .getImapHostManager()
                    .getInbox(supportUser())
                    .getUnseenCount();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    private GreenMailUser supportUser() {
        return greenMail.getUserManager().getUserByEmail(ADDRESS);
    }

    synchronized void stop() {
        try {
            greenMail.stop();
        } catch (IllegalStateException connectionCutOff) {
            // GreenMail reports the app's open connection it cut mid-command: the outage itself
        }
    }

    /** On a free port the first time, on the same port after a {@link #stop()}, empty. */
    synchronized void start() {
        ServerSetup imap = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        imap.setServerStartupTimeout(STARTUP_TIMEOUT_MS);
        greenMail = new GreenMail(imap)
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(ADDRESS, ADDRESS, PASSWORD));
        greenMail.start();
        port = greenMail.getImap().getPort();
    }
}
