package io.escalationdesk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * An outside system on a local port for the tests (billing system, SMS gateway, WhatsApp, a chat
 * tool): it answers
 * JSON, or an error status while told to fail, leaves requests hanging while told to hold them,
 * and remembers every request.
 */
public final class LocalHttpService {

    /** The billing back office: answers a hand-off with its reference. */
    public static final LocalHttpService BILLING =
            new LocalHttpService("/handoffs", n -> "{\"reference\":\"BILL-" + n + "\"}");
    /** The SMS provider: answers a message with its id. */
    public static final LocalHttpService SMS_GATEWAY =
            new LocalHttpService("/messages", n -> "{\"id\":\"SMS-" + n + "\"}");

    /** WhatsApp's Cloud API: answers a message with its id. */
    public static final LocalHttpService WHATSAPP = new LocalHttpService(
            "/whatsapp/messages",
            n -> "{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid." + n + "\"}]}");
    /** A chat tool that takes our answers to its visitors. */
    public static final LocalHttpService CHAT = new LocalHttpService("/chat/answers", n -> "{\"delivered\":true}");

    /**
     * One request as the service received it.
     *
     * @param signature its X-Signature-256 header
     */
    public record Request(String authorization, String idempotencyKey, String signature, String body) {}

    private final String path;
    private final IntFunction<String> answer;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger answered = new AtomicInteger();
    private HttpServer server;
    private volatile int failureStatus;
    private volatile String heldText;
    private volatile CountDownLatch holding = new CountDownLatch(0);

    private LocalHttpService(String path, IntFunction<String> answer) {
        this.path = path;
        this.answer = answer;
    }

    public synchronized String url() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext(path, this::handle);
            // requests side by side, so that one held hangs no other
            server.setExecutor(Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "local-http-service");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Answers every request with this HTTP status until {@link #recover()}. */
    public void failWith(int status) {
        failureStatus = status;
    }

    /** Leaves each request whose body contains the text unanswered until {@link #recover()}. */
    public void hold(String text) {
        holding = new CountDownLatch(1);
        heldText = text;
    }

    public void recover() {
        failureStatus = 0;
        heldText = null;
        holding.countDown();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                exchange.getRequestHeaders().getFirst("X-Signature-256"),
                body));
        String held = heldText;
        if (held != null && body.contains(held)) {
            try {
                holding.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int status = failureStatus;
        byte[] response = (status == 0 ? answer.apply(answered.incrementAndGet()) : "{\"error\":\"refused\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status == 0 ? 200 : status, response.length);
        exchange.getResponseBody().write(response);
        exchange.close();
    }
}
