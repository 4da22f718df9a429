package dev.editstudio.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) run as its users run it: a separate
 * JVM with its own embedded PostgreSQL under a data directory of the test's choosing.
 */
public final class PackagedApp implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "it-admin-password";

    private final Path dataDir;
    private final int port;
    private final Path log;
    private final Map<String, String> settings = new java.util.LinkedHashMap<>();
    private Process process;

    public PackagedApp(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        this.port = freePort();
        this.log = dataDir.resolve("app.log");
        Files.createDirectories(dataDir);
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("test.runner.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Package the app first (mvn verify): no " + jar);
        }
        return jar;
    }

    /** An environment variable for the app (a role, an external database…), from the next start on. */
    public PackagedApp with(String variable, String value) {
        settings.put(variable, value);
        return this;
    }

    /** The JDBC URL of the embedded PostgreSQL this app started (from its log), for other instances to share. */
    public String embeddedDatabaseUrl() throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Embedded PostgreSQL ready in \\d+ ms at (\\S+)")
                .matcher(Files.readString(log));
        String url = null;
        while (m.find()) {
            url = m.group(1);
        }
        if (url == null) {
            throw new IllegalStateException("this app runs no embedded PostgreSQL:\n" + logTail());
        }
        return url;
    }

    /** Starts the app and waits until {@code /q/health/ready} answers UP; returns the time that took. */
    public Duration start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("EDITSTUDIO_DATA_DIR", dataDir.toString());
        env.put("EDITSTUDIO_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("PORT", Integer.toString(port));
        env.remove("QUARKUS_DATASOURCE_JDBC_URL");
        env.putAll(settings);
        Instant started = Instant.now();
        process = builder.start();
        awaitReady(Duration.ofSeconds(120));
        return Duration.between(started, Instant.now());
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create(url("/q/health/ready")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the HTTP server is not up yet
            }
            Thread.sleep(250); // polling a separate process for readiness; no event to wait on
        }
        throw new IllegalStateException("The app was not ready within " + timeout + ":\n" + logTail());
    }

    /** {@code kill -9}: no shutdown hook runs, the embedded postmaster is left behind as an orphan. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    public long pid() {
        return process.pid();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public String logTail() throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    /**
     * A port free now, below Linux's ephemeral range (32768 and up). A port the kernel hands out for {@code bind(0)}
     * comes from that range, which the app's own outgoing connections (to its database, opened before its HTTP server
     * binds) draw from too: one of them once took the port first and the app exited with "port in use".
     */
    private static int freePort() throws IOException {
        Random random = new Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = 20_000 + random.nextInt(12_000);
            try (ServerSocket socket = new ServerSocket(candidate)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port between 20000 and 32000");
    }
}
