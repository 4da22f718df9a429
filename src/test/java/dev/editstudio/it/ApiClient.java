package dev.editstudio.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;

/** A small client of the REST API over the JDK's HTTP client, as an outside program would use it. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String authorization;

    private ApiClient(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static ApiClient basic(String base, String user, String password) {
        return new ApiClient(base, "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public static ApiClient bearer(String base, String token) {
        return new ApiClient(base, "Bearer " + token);
    }

    /** An answer: status and JSON body. */
    public record Answer(int status, JsonNode body) {
        public JsonNode ok() {
            if (status / 100 != 2) {
                throw new IllegalStateException("HTTP " + status + ": " + body);
            }
            return body;
        }
    }

    public Answer get(String path) {
        return send(request(path).GET().build());
    }

    /** Only the status of a GET (for images and other non-JSON answers). */
    public int status(String path) {
        try {
            return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer postJson(String path, Object body) {
        try {
            return send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates a user as an admin, then a token for it; returns a client acting as that user. */
    public ApiClient newUserWithToken(String username, String password) {
        postJson("/api/v1/admin/users", Map.of("username", username, "password", password, "role", "user")).ok();
        ApiClient asUser = basic(base, username, password);
        String token = asUser.postJson("/api/v1/me/tokens", Map.of("name", "benchmark")).ok().get("token").asText();
        return bearer(base, token);
    }

    /** {@code POST /api/v1/sessions} with an image file. */
    public Answer upload(byte[] image, String fileName, String title) {
        String boundary = "----editstudio" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(image);
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + title
                + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request("/api/v1/sessions").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /**
     * Opens {@code GET /api/v1/sessions/{id}/events}; events arrive in the returned queue until the stream is
     * closed with {@link Events#close()}.
     */
    public Events events(long sessionId) {
        BlockingQueue<JsonNode> queue = new LinkedBlockingQueue<>();
        try {
            HttpResponse<Stream<String>> response = HTTP.send(request("/api/v1/sessions/" + sessionId + "/events")
                    .header("Accept", "text/event-stream").timeout(Duration.ofHours(1)).GET().build(),
                    HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("events: HTTP " + response.statusCode());
            }
            Thread reader = Thread.ofVirtual().start(() -> {
                try {
                    response.body().filter(l -> l.startsWith("data:")).forEach(l -> {
                        try {
                            queue.add(JSON.readTree(l.substring(5)));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                } catch (RuntimeException closed) {
                    // the stream was closed
                }
            });
            return new Events(queue, response.body(), reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A session's event stream. */
    public record Events(BlockingQueue<JsonNode> queue, Stream<String> stream, Thread reader) implements AutoCloseable {

        /** Waits for the final event (succeeded, failed, canceled) of one round. */
        public JsonNode awaitFinal(long roundId, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                JsonNode e = queue.poll(Math.max(0, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
                if (e == null) {
                    throw new IllegalStateException("no final event for round " + roundId + " within " + timeout);
                }
                String status = e.get("status").asText();
                if (e.get("roundId").asLong() == roundId
                        && (status.equals("succeeded") || status.equals("failed") || status.equals("canceled"))) {
                    return e;
                }
            }
        }

        @Override
        public void close() {
            stream.close();
            reader.interrupt();
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                .timeout(Duration.ofMinutes(2));
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), body == null || body.isBlank() ? null : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
