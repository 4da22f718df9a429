package dev.editstudio.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Several packaged app processes sharing one PostgreSQL: a {@code web} instance (whose embedded PostgreSQL the
 * others use, standing in for a managed one) and {@code worker} instances.
 */
final class Cluster implements AutoCloseable {

    final PackagedApp web;
    final List<PackagedApp> workers = new ArrayList<>();

    private Cluster(PackagedApp web) {
        this.web = web;
    }

    /** Starts the web instance, then {@code workers} workers with {@code threads} edit workers each. */
    static Cluster start(Path dir, int workers, int threads, String lease) throws Exception {
        Cluster cluster = new Cluster(new PackagedApp(dir.resolve("web")).with("EDITSTUDIO_ROLE", "web")
                .with("EDITSTUDIO_QUEUE_LEASE", lease));
        try {
            cluster.web.start();
            String db = cluster.web.embeddedDatabaseUrl();
            for (int i = 0; i < workers; i++) {
                PackagedApp worker = new PackagedApp(dir.resolve("worker" + i)).with("EDITSTUDIO_ROLE", "worker")
                        .with("QUARKUS_DATASOURCE_JDBC_URL", db).with("QUARKUS_DATASOURCE_USERNAME", "postgres")
                        .with("EDITSTUDIO_QUEUE_WORKERS", Integer.toString(threads))
                        .with("EDITSTUDIO_QUEUE_LEASE", lease);
                cluster.workers.add(worker);
                worker.start();
            }
            return cluster;
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (PackagedApp worker : workers) {
            worker.close();
        }
        web.close(); // last: it holds the database
    }
}
