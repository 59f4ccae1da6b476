package io.escalationdesk.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

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
        greenMail = new GreenMail(setup);
        greenMail.start();
        port = greenMail.getSmtp().getPort();
    }

    synchronized void stop() {
        greenMail.stop();
    }
}
