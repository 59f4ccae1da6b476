package io.escalationdesk.notification;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;

/** A real SMTP server (GreenMail) on a local port for the whole test run; it can go down and up. */
public final class LocalMailServer {

    private static final long STARTUP_TIMEOUT_MS = 15_000;
    private static LocalMailServer instance;

    private int port;
    private GreenMail greenMail;

    private LocalMailServer() {
        start();
    }

    public static synchronized LocalMailServer instance() {
        if (instance == null) {
            instance = new LocalMailServer();
        }
        return instance;
    }

    public int port() {
        return port;
    }

    GreenMail greenMail() {
        return greenMail;
    }

    /** Starts on a free port the first time, on the same port after a {@link #stop()}. */
    synchronized void start() {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(STARTUP_TIMEOUT_MS); // the default 2 s is short on a busy CI
        greenMail = new GreenMail(setup) {
            @Override
            protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
                return Map.of(ServerSetup.PROTOCOL_SMTP, new NoDelaySmtpServer(config[0], managers));
            }
        };
        greenMail.start();
        port = greenMail.getSmtp().getPort();
    }

    synchronized void stop() {
        greenMail.stop();
    }

    /**
     * Answers without Nagle's algorithm: GreenMail writes a reply of several lines line by line,
     * and each line after the first would wait for the client's delayed acknowledgement, 40 ms on
     * Linux, in every mail's greeting: most of the time a test sending hundreds of mails took.
     */
    private static final class NoDelaySmtpServer extends SmtpServer {

        NoDelaySmtpServer(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected void handleClientSocket(Socket client) throws SocketException {
            client.setTcpNoDelay(true);
            super.handleClientSocket(client);
        }
    }
}
