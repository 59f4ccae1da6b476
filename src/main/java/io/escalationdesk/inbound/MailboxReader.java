package io.escalationdesk.inbound;

import io.escalationdesk.conversation.CustomerMessages;
import io.escalationdesk.conversation.InboundMessage;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads the customers' mailbox over IMAP: with IDLE where the server offers it, so an answer lands
 * within a second, and a check every {@code poll-every} in any case. Unseen mails are fetched
 * without marking them (peek), a batch in one command, stored, and only then marked seen: a node
 * killed in between reads them again and stores nothing twice, and so do several nodes reading
 * one mailbox. A mail that cannot be stored as read is stored as it arrived, parked with the
 * error. While the server or the database is out of reach the reader tries again, waiting longer
 * each time up to a minute; the mails wait in the mailbox.
 */
@Component
class MailboxReader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    /** Mails fetched in one command and marked seen together once stored. */
    private static final int BATCH = 50;

    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    private final InboundMailProperties properties;
    private final MailParser parser;
    private final CustomerMessages messages;
    private volatile boolean running;
    private volatile Store store;
    /** Before the next attempt to read: doubles with every failure in a row. */
    private Duration wait = FIRST_WAIT;

    private Thread reader;
    private ScheduledExecutorService idleBreaker;

    MailboxReader(InboundMailProperties properties, MailParser parser, CustomerMessages messages) {
        this.properties = properties;
        this.parser = parser;
        this.messages = messages;
    }

    @Override
    public void start() {
        if (!properties.configured()) {
            log.info("No mailbox configured (escalation.inbound.mail.host): customers' mails are not read");
            return;
        }
        running = true;
        idleBreaker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mailbox-idle-breaker");
            thread.setDaemon(true);
            return thread;
        });
        reader = new Thread(this::read, "mailbox-reader");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public void stop() {
        running = false;
        if (reader == null) {
            return;
        }
        idleBreaker.shutdownNow();
        closeQuietly();
        reader.interrupt();
        try {
            reader.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Reads until stopped; whatever breaks off the reading, it starts again, a little later. */
    private void read() {
        while (running) {
            try {
                readUntilStopped();
            } catch (MessagingException | RuntimeException e) {
                pauseAfter(e);
            } catch (Error e) {
                log.error("Reading the mailbox broke off", e);
                pauseAfter(e);
            }
        }
    }

    private void pauseAfter(Throwable failure) {
        if (!running) {
            return;
        }
        log.warn(
                "Reading mailbox {}:{} failed, trying again in {} s: {}",
                properties.host(),
                properties.port(),
                wait.toSeconds(),
                failure.toString());
        closeQuietly();
        sleep(wait);
        wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
    }

    private void readUntilStopped() throws MessagingException {
        Properties settings = new Properties();
        // reading a mail must not mark it seen: only storing it does
        settings.put("mail." + properties.protocol() + ".peek", "true");
        settings.put("mail." + properties.protocol() + ".connectiontimeout", "10000");
        settings.put("mail." + properties.protocol() + ".timeout", "60000");
        store = Session.getInstance(settings).getStore(properties.protocol());
        store.connect(properties.host(), properties.port(), properties.username(), properties.password());
        Folder folder = store.getFolder(properties.folder());
        folder.open(Folder.READ_WRITE);
        wait = FIRST_WAIT;
        boolean idle = properties.idle() && store instanceof IMAPStore imap && imap.hasCapability("IDLE");
        log.info(
                "Reading mailbox {}:{}/{} ({})",
                properties.host(),
                properties.port(),
                properties.folder(),
                idle ? "IDLE" : "every " + properties.pollEvery());
        while (running) {
            readUnseen(folder);
            if (idle) {
                idleAtMost((IMAPFolder) folder, properties.pollEvery());
            } else {
                sleep(properties.pollEvery());
            }
        }
    }

    /**
     * The unseen mails, a batch at a time: each batch fetched whole in one command, each mail
     * stored, then the stored ones marked seen together.
     */
    private void readUnseen(Folder folder) throws MessagingException {
        Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        for (int from = 0; from < unseen.length && running; from += BATCH) {
            Message[] batch = Arrays.copyOfRange(unseen, from, Math.min(from + BATCH, unseen.length));
            FetchProfile whole = new FetchProfile();
            whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
            folder.fetch(batch, whole);
            List<Message> stored = new ArrayList<>();
            try {
                for (Message mail : batch) {
                    store(mail);
                    stored.add(mail);
                }
            } finally {
                if (!stored.isEmpty()) {
                    folder.setFlags(stored.toArray(Message[]::new), new Flags(Flags.Flag.SEEN), true);
                }
            }
        }
    }

    private void store(Message mail) throws MessagingException {
        byte[] raw = rawOf(mail);
        InboundMessage message = parser.parse(raw);
        try {
            messages.receive(message);
        } catch (RuntimeException e) {
            // a mail that cannot be stored as read is kept as it arrived, with the error; when the
            // database is away this fails too, and the mail waits in the mailbox
            messages.receive(message.unstorable(e.toString()));
        }
    }

    /**
     * IDLE returns when mail arrives, or when another thread sends the server a command on the
     * folder: a NOOP at the latest after {@code longest}, so a server that never tells is still
     * read.
     */
    private void idleAtMost(IMAPFolder folder, Duration longest) throws MessagingException {
        var breaker = idleBreaker.schedule(
                () -> {
                    try {
                        folder.doCommand(protocol -> {
                            protocol.simpleCommand("NOOP", null);
                            return null;
                        });
                    } catch (MessagingException e) {
                        log.debug("Ending IDLE: {}", e.toString());
                    }
                },
                longest.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            folder.idle(true);
        } finally {
            breaker.cancel(false);
        }
    }

    private static byte[] rawOf(Message mail) throws MessagingException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try {
            mail.writeTo(raw);
        } catch (IOException e) {
            throw new MessagingException("Mail could not be read from the mailbox", e);
        }
        return raw.toByteArray();
    }

    private void closeQuietly() {
        Store open = store;
        if (open != null) {
            try {
                open.close();
            } catch (MessagingException e) {
                log.debug("Closing the mailbox: {}", e.toString());
            }
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
