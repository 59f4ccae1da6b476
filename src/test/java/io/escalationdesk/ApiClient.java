package io.escalationdesk;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** HTTP calls to the running app, signed in as a demo user (whose password is the user id). */
@Component
public class ApiClient {

    // HTTP/1.1: the JDK client's h2c upgrade attempt confuses Tomcat on request bodies
    private static final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final int port;

    ApiClient(@Value("${server.port}") int port) {
        this.port = port;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A request to {@code path} with the user's credentials. */
    public HttpRequest.Builder as(String user, String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user, user));
    }

    public HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return send(as(user, path).GET());
    }

    public HttpResponse<String> post(String user, String path, String json) throws IOException, InterruptedException {
        return send(as(user, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String user, String path, String json) throws IOException, InterruptedException {
        return send(as(user, path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
