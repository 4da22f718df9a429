package dev.editstudio.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A round's final status goes out with the transaction that sets it: the NOTIFY to other instances is part of the
 * transaction (so a worker that dies right after its commit has still told them), and nothing goes out if it rolls
 * back.
 */
@QuarkusTest
class RoundEventsTest {

    @Inject
    RoundEvents events;

    @Inject
    AgroalDataSource db;

    @Test
    void anEventPublishedOnCommitGoesOutWithTheCommitAndNotWithARollback() throws Exception {
        long session = System.nanoTime(); // no such session: events carry ids, nothing is read
        List<RoundEvent> local = new CopyOnWriteArrayList<>();
        events.forSession(session).subscribe().with(local::add);
        // another instance, as PostgreSQL sees it: a connection listening on the channel before anything is sent
        try (Connection other = db.getConnection()) {
            other.setAutoCommit(true);
            try (Statement s = other.createStatement()) {
                s.execute("listen editstudio_rounds");
            }

            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                events.publishOnCommit(RoundEvent.status(session, 1, "succeeded"));
                throw new IllegalStateException("rolled back");
            }));
            QuarkusTransaction.requiringNew().run(() -> {
                events.publishOnCommit(RoundEvent.status(session, 2, "succeeded"));
                assertTrue(local.isEmpty(), "this instance's subscribers hear of it after the commit, not before");
            });

            // notifications arrive in commit order: had the rolled-back one gone out, it would come first
            List<String> heard = new ArrayList<>();
            PGConnection pg = other.unwrap(PGConnection.class);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (heard.isEmpty() && System.nanoTime() < deadline) {
                PGNotification[] received = pg.getNotifications(500);
                for (PGNotification n : received == null ? new PGNotification[0] : received) {
                    if (n.getParameter().contains("\"sessionId\":" + session)) {
                        heard.add(n.getParameter());
                    }
                }
            }
            assertEquals(1, heard.size(), heard.toString());
            assertTrue(heard.getFirst().contains("\"roundId\":2"), heard.toString());
        }
        assertEquals(List.of(2L), local.stream().map(RoundEvent::roundId).toList());
    }
}
