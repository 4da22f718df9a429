package dev.editstudio.base.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Messages between the instances sharing one PostgreSQL, by {@code LISTEN}/{@code NOTIFY}: what one instance sends
 * on a channel reaches every instance listening on it, this one included, in the order sent. Sending is
 * asynchronous and in order (one sender thread), so callers are never held up by it; one connection per instance
 * listens and is reopened if it breaks. PostgreSQL delivers nothing while a listener is disconnected, so messages
 * are for promptness (a round finished, wake up), never the only record of a change.
 */
@ApplicationScoped
public class PgNotifications {

    private static final Logger LOG = Logger.getLogger(PgNotifications.class);
    /** PostgreSQL's limit on a payload is 8000 bytes. */
    public static final int MAX_PAYLOAD = 7999;
    private static final Duration POLL = Duration.ofMillis(500);

    private final AgroalDataSource db;
    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("pg-notify").daemon().factory());
    private volatile Thread listener;
    private volatile boolean stopped;

    public PgNotifications(AgroalDataSource db) {
        this.db = db;
    }

    /** Sends {@code payload} on {@code channel}; call it after the transaction that made the news committed. */
    public void send(String channel, String payload) {
        checkSize(payload);
        if (stopped) {
            return;
        }
        sender.execute(() -> {
            try {
                pgNotify(channel, payload);
            } catch (SQLException e) {
                if (!stopped) {
                    LOG.warnf("Could not notify other instances on %s: %s", channel, e.getMessage());
                }
            }
        });
    }

    /**
     * Sends {@code payload} on {@code channel} as part of the current transaction: PostgreSQL holds a {@code NOTIFY}
     * made in a transaction until it commits and drops it on a rollback, so news sent this way cannot be lost to this
     * process dying between its commit and a later send. Call it inside the transaction that makes the news.
     */
    public void sendOnCommit(String channel, String payload) {
        checkSize(payload);
        try {
            // inside a transaction the data source hands out the connection enlisted in it
            pgNotify(channel, payload);
        } catch (SQLException e) {
            throw new IllegalStateException("could not queue a notification on " + channel, e);
        }
    }

    private static void checkSize(String payload) {
        if (payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("notification payload over " + MAX_PAYLOAD + " bytes");
        }
    }

    private void pgNotify(String channel, String payload) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("select pg_notify(?, ?)")) {
            s.setString(1, channel);
            s.setString(2, payload);
            s.execute();
        }
    }

    /** Calls {@code consumer} with every payload sent on {@code channel} from now on, by any instance. */
    public synchronized void listen(String channel, Consumer<String> consumer) {
        if (!channel.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("channel names are lower-case identifiers: " + channel);
        }
        listeners.computeIfAbsent(channel, k -> new CopyOnWriteArrayList<>()).add(consumer);
        if (listener != null) {
            listener.interrupt(); // reconnect with the new channel too
        } else {
            listener = Thread.ofPlatform().name("pg-listen").daemon().start(this::listenLoop);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        Thread t = listener;
        if (t != null) {
            t.interrupt();
        }
        sender.shutdown();
        try {
            sender.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void listenLoop() {
        long backoff = 200;
        while (!stopped) {
            try (Connection c = db.getConnection()) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    for (String channel : listeners.keySet()) {
                        s.execute("listen " + channel);
                    }
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                backoff = 200;
                while (!stopped && !Thread.interrupted()) {
                    PGNotification[] received = pg.getNotifications((int) POLL.toMillis());
                    if (received != null) {
                        for (PGNotification n : received) {
                            dispatch(n.getName(), n.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (stopped) {
                    return;
                }
                LOG.warnf("Listening for other instances' news failed (%s); reconnecting in %d ms", e.getMessage(),
                        backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.interrupted();
                }
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    private void dispatch(String channel, String payload) {
        for (Consumer<String> consumer : listeners.getOrDefault(channel, List.of())) {
            try {
                consumer.accept(payload);
            } catch (RuntimeException e) {
                LOG.warnf(e, "A listener on %s failed", channel);
            }
        }
    }
}
