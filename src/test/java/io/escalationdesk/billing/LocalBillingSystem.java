package io.escalationdesk.billing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A billing back-office system on a local port, for the tests: it answers hand-offs with a
 * reference, or with an error status while told to fail, and remembers every request.
 */
public final class LocalBillingSystem {

  /** One hand-off as the billing system received it. */
  public record Request(String idempotencyKey, String body) {}

  private static LocalBillingSystem instance;

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger references = new AtomicInteger();
  private volatile int failureStatus;

  private LocalBillingSystem() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/handoffs", this::handle);
    server.start();
  }

  public static synchronized LocalBillingSystem instance() {
    if (instance == null) {
      try {
        instance = new LocalBillingSystem();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/handoffs";
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Answers every hand-off with this HTTP status until {@link #recover()}. */
  public void failWith(int status) {
    failureStatus = status;
  }

  public void recover() {
    failureStatus = 0;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(new Request(exchange.getRequestHeaders().getFirst("Idempotency-Key"), body));
    int status = failureStatus;
    byte[] answer = status == 0
        ? ("{\"reference\":\"BILL-" + references.incrementAndGet() + "\"}").getBytes(StandardCharsets.UTF_8)
        : "{\"error\":\"unavailable\"}".getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status == 0 ? 200 : status, answer.length);
    exchange.getResponseBody().write(answer);
    exchange.close();
  }
}
