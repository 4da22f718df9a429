package dev.editstudio.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editstudio.base.db.Sql;
import dev.editstudio.base.security.AppUser;
import dev.editstudio.base.security.Role;
import dev.editstudio.edit.domain.RoundQueue;
import dev.editstudio.edit.domain.RoundQueue.Claim;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The queue itself, on the real PostgreSQL, with this app's own workers paused so that the test's "workers" are the
 * only ones claiming.
 */
@QuarkusTest
class RoundQueueTest {

    @Inject
    RoundQueue queue;

    @Inject
    EditService edits;

    @Inject
    EditWorkers workers;

    @Inject
    Sql sql;

    /** A model version no app worker runs, so the test's rounds are left to the test's "workers". */
    private static final String TEST_VERSION = "test-1";

    private final List<Long> created = new ArrayList<>();

    @BeforeEach
    void pauseTheAppsWorkers() {
        workers.pause();
        EditApi.ensureUser("carol", "carol-password-1");
        EditApi.ensureUser("dan", "dan-password-1");
    }

    @AfterEach
    void cleanUpAndResume() {
        tx(() -> {
            for (long id : created) {
                queue.cancel(id);
            }
            return null;
        });
        workers.resume();
    }

    @Test
    void racingWorkersClaimEachRoundExactlyOnce() throws Exception {
        long session = session("carol");
        for (int i = 0; i < 120; i++) {
            created.add(enqueue(session, "carol", null));
        }
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> claims = new ArrayList<>();
        for (int w = 0; w < racers; w++) {
            String worker = "racer-" + w;
            claims.add(pool.submit(() -> {
                start.await();
                List<Long> mine = new ArrayList<>();
                for (Optional<Claim> c = claim(worker); c.isPresent(); c = claim(worker)) {
                    mine.add(c.get().roundId());
                }
                return mine;
            }));
        }
        start.countDown();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : claims) {
            all.addAll(f.get());
        }
        pool.shutdown();
        assertEquals(120, all.size(), "every round was claimed");
        assertEquals(new HashSet<>(created), new HashSet<>(all), "each exactly once");
        assertEquals(120, tx(() -> sql.one("select count(*) from edit_round where id = any (?) and status = 'running' "
                + "and attempts = 1", r -> r.getLong(1), (Object) ids(created)).orElseThrow()));
    }

    @Test
    void oneUsersBacklogDoesNotStarveAnotherUsersSingleEdit() {
        long busy = session("carol");
        for (int i = 0; i < 50; i++) {
            created.add(enqueue(busy, "carol", null));
        }
        long patient = enqueue(session("dan"), "dan", null);
        created.add(patient);
        // one worker: claim, finish, claim... dan's single edit must come second at the latest
        List<Long> order = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Claim c = claim("solo").orElseThrow();
            order.add(c.roundId());
            tx(() -> queue.fail(c.roundId(), "solo", "test", "finished by the test", 0));
        }
        assertTrue(order.subList(0, 2).contains(patient), "dan's edit ran among the first two: " + order);
    }

    @Test
    void aRoundWaitsForItsParentsImage() {
        long session = session("carol");
        long parent = enqueue(session, "carol", null);
        long child = enqueue(session, "carol", parent);
        created.addAll(List.of(parent, child));
        Claim first = claim("w").orElseThrow();
        assertEquals(parent, first.roundId());
        assertTrue(claim("w").isEmpty(), "the child is not ready while its parent runs");
        tx(() -> queue.fail(parent, "w", "test", "failed by the test", 0));
        assertEquals(List.of(child), tx(() -> queue.failQueuedDescendants(parent)));
        assertEquals("parent_failed", status(child)[1]);
    }

    @Test
    void roundsOfACrashedWorkerAreRequeuedThenFailedAfterThreeAttempts() {
        long session = session("carol");
        long healthy = enqueue(session, "carol", null);
        created.add(healthy);
        // a live worker holds this one with a long lease (it would keep renewing it)
        assertEquals(healthy, claim("alive", Duration.ofMinutes(5)).orElseThrow().roundId());

        long doomed = enqueue(session, "carol", null);
        created.add(doomed);
        for (int attempt = 1; attempt <= 3; attempt++) {
            Claim c = claim("dies", Duration.ofMillis(1)).orElseThrow();
            assertEquals(doomed, c.roundId());
            assertEquals(attempt, c.attempt());
            sleepPast(Duration.ofMillis(5)); // the lease runs out: the worker is gone
            RoundQueue.Recovery recovery = tx(() -> queue.recover(false, 3));
            if (attempt < 3) {
                assertEquals(List.of(doomed), recovery.requeued());
                assertEquals("queued", status(doomed)[0]);
            } else {
                assertEquals(List.of(doomed), recovery.failed());
                assertEquals("failed", status(doomed)[0]);
                assertEquals("worker_lost", status(doomed)[1]);
            }
        }
        assertEquals("running", status(healthy)[0], "a round with a live lease is left alone");
        assertTrue(tx(() -> queue.recover(true, 3)).requeued().contains(healthy),
                "at start with the embedded database, everything running was this process's and is requeued");
    }

    @Test
    void aWorkerOfAnotherModelVersionLeavesTheRoundForOneThatHasIt() {
        long session = session("carol");
        long round = enqueue(session, "carol", null);
        created.add(round);
        assertTrue(tx(() -> queue.claim("other-version", Duration.ofMinutes(1), "instruct-edit", "test-2")).isEmpty());
        assertTrue(tx(() -> queue.claim("other-model", Duration.ofMinutes(1), "generative", TEST_VERSION)).isEmpty());
        assertEquals("queued", status(round)[0]);
        assertEquals(1L, tx(() -> queue.queuedByModel()).get("instruct-edit/" + TEST_VERSION));
        assertEquals(round, claim("same-version").orElseThrow().roundId());
    }

    @Test
    void anInstanceUpgradedAloneTakesOverRoundsQueuedForItsOldVersion() {
        long session = session("carol");
        long round = enqueue(session, "carol", null);
        created.add(round);
        assertTrue(tx(() -> queue.claim("new-version", Duration.ofMinutes(1), "instruct-edit", "test-2")).isEmpty());
        assertTrue(tx(() -> queue.adoptQueued("instruct-edit", "test-2")).contains(round));
        assertFalse(tx(() -> queue.adoptQueued("instruct-edit", "test-2")).contains(round), "already its version");
        assertTrue(tx(() -> queue.adoptQueued("generative", "test-2")).isEmpty(), "another model's rounds stay");
        assertEquals(round, tx(() -> queue.claim("new-version", Duration.ofMinutes(1), "instruct-edit", "test-2"))
                .orElseThrow().roundId());
    }

    @Test
    void aRoundReleasedBecauseTheModelWasUnreachableWaitsWithoutLosingAnAttempt() {
        long session = session("carol");
        long round = enqueue(session, "carol", null);
        created.add(round);
        assertEquals(1, claim("w1").orElseThrow().attempt());
        assertFalse(tx(() -> queue.release(round, "someone-else")), "only the holder releases");
        assertTrue(tx(() -> queue.release(round, "w1")));
        assertEquals("queued", status(round)[0]);
        assertEquals(1, claim("w2").orElseThrow().attempt(), "the released attempt was not counted");
    }

    @Test
    void finishedRoundsNeverChangeAndOnlyTheHolderFinishesARound() {
        long session = session("carol");
        long round = enqueue(session, "carol", null);
        created.add(round);
        claim("holder").orElseThrow();
        assertFalse(tx(() -> queue.fail(round, "someone-else", "x", "not mine", 0)), "another worker cannot finish it");
        assertTrue(tx(() -> queue.fail(round, "holder", "test", "finished by the test", 0)));
        assertFalse(tx(() -> queue.cancel(round)), "a finished round cannot be canceled");
        assertFalse(tx(() -> queue.fail(round, "holder", "again", "twice", 0)));
        // even SQL that skips the guards is stopped by the table's trigger
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> tx(() -> sql.update("update edit_round set status = 'queued' where id = ?", round)));
        assertTrue(e.getMessage().contains("is final"), e.getMessage());
        long fresh = enqueue(session, "carol", null);
        created.add(fresh);
        RuntimeException skip = assertThrows(RuntimeException.class,
                () -> tx(() -> sql.update("update edit_round set status = 'succeeded' where id = ?", fresh)));
        assertTrue(skip.getMessage().contains("not a transition") || skip.getMessage().contains("check"),
                skip.getMessage());
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private long session(String username) {
        AppUser user = user(username);
        return edits.create(user, EditApi.photo("kodim24.png"), "queue test").id();
    }

    private AppUser user(String username) {
        long id = tx(() -> sql.one("select id from app_user where username = ?", r -> r.getLong(1), username)
                .orElseThrow());
        return new AppUser(id, username, username, Role.USER, 0);
    }

    private long enqueue(long session, String username, Long parent) {
        long author = user(username).id();
        return tx(() -> queue.enqueue(new RoundQueue.NewRound(session, parent, author, "make it brighter",
                "[{\"op\":\"adjust\",\"params\":{\"property\":\"brightness\",\"amount\":0.3}}]", 1f, 0, 1L, null,
                "instruct-edit", TEST_VERSION)));
    }

    private Optional<Claim> claim(String worker) {
        return claim(worker, Duration.ofMinutes(1));
    }

    private Optional<Claim> claim(String worker, Duration lease) {
        // only rounds made by this test: the app's own tests may have left queued rounds of other sessions
        Optional<Claim> c = tx(() -> queue.claim(worker, lease, "instruct-edit", TEST_VERSION));
        c.ifPresent(claim -> assertTrue(created.contains(claim.roundId()), "claimed a round of this test"));
        return c;
    }

    private String[] status(long round) {
        return tx(() -> sql.one("select status, error_code from edit_round where id = ?",
                r -> new String[] {r.getString(1), r.getString(2)}, round).orElseThrow());
    }

    private static long[] ids(List<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private static <T> T tx(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    private static void sleepPast(Duration d) {
        long until = System.nanoTime() + d.toNanos();
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
