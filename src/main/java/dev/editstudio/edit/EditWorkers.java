package dev.editstudio.edit;

import dev.editstudio.base.config.EditStudioConfig;
import dev.editstudio.base.db.EmbeddedDatabase;
import dev.editstudio.edit.domain.RoundQueue;
import dev.editstudio.model.ModelInfo;
import dev.editstudio.model.ModelService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The workers of this process (none in the {@code web} role): each claims a round from the queue, runs it
 * ({@link RoundRunner}) and claims the next, only rounds queued for the model version this process runs and only
 * while that model can be reached. At start, rounds a crashed run of this app left {@code running} are recovered;
 * every few seconds, so are rounds whose worker (in any instance) stopped renewing its lease.
 */
@ApplicationScoped
public class EditWorkers {

    private static final Logger LOG = Logger.getLogger(EditWorkers.class);

    private final EditStudioConfig.Queue config;
    private final EditStudioConfig.Role role;
    private final ModelService models;
    private final RoundQueue queue;
    private final RoundRunner runner;
    private final QueueSignal signal;
    private final RoundEvents events;
    private final String instanceId;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicBoolean paused = new AtomicBoolean();
    private volatile boolean running;

    public EditWorkers(EditStudioConfig config, ModelService models, RoundQueue queue, RoundRunner runner,
            QueueSignal signal, RoundEvents events) {
        this.config = config.queue();
        this.role = config.role();
        this.models = models;
        this.queue = queue;
        this.runner = runner;
        this.signal = signal;
        this.events = events;
        this.instanceId = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    void start(@Observes StartupEvent start) {
        // an all-in-one instance with the embedded database is its only user: whatever is "running" was ours before
        // a crash. Anywhere else other instances may be running rounds right now, so only expired leases count.
        boolean onlyUser = role == EditStudioConfig.Role.ALL && EmbeddedDatabase.isRunning();
        recover(onlyUser);
        if (onlyUser && models.unavailableReason().isEmpty()) {
            adoptRoundsOfOtherVersions();
        }
        running = true;
        int workers = role.runsWorkers() ? config.workers() : 0;
        if (role == EditStudioConfig.Role.WORKER && workers == 0) {
            LOG.warn("EDITSTUDIO_ROLE=worker with EDITSTUDIO_QUEUE_WORKERS=0: this instance runs nothing");
        }
        for (int i = 0; i < workers; i++) {
            String workerId = instanceId + "#" + i;
            Thread t = Thread.ofPlatform().name("edit-worker-" + i).daemon().start(() -> loop(workerId));
            threads.add(t);
        }
        LOG.infof("%s: %d edit worker(s) started as %s", role.name().toLowerCase(java.util.Locale.ROOT), workers,
                instanceId);
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread t : threads) {
            try {
                t.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Rounds whose worker's lease ran out, in this instance or any other, go back to the queue. */
    @Scheduled(every = "${editstudio.queue.lease:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweepExpiredLeases() {
        recover(false);
    }

    /** Stops claiming new rounds (those running finish); for maintenance and tests. */
    public void pause() {
        paused.set(true);
    }

    public void resume() {
        paused.set(false);
        signal.roundQueued();
    }

    /** After an upgrade, rounds still queued for the old model version would wait for a worker that never comes. */
    private void adoptRoundsOfOtherVersions() {
        ModelInfo model = models.info();
        List<Long> adopted = QuarkusTransaction.requiringNew()
                .call(() -> queue.adoptQueued(model.name(), model.version()));
        if (!adopted.isEmpty()) {
            LOG.warnf("Rounds queued for another version of %s now run on version %s: %s", model.name(),
                    model.version(), adopted);
        }
    }

    private void recover(boolean everything) {
        RoundQueue.Recovery recovery = QuarkusTransaction.requiringNew()
                .call(() -> queue.recover(everything, config.maxAttempts()));
        if (!recovery.requeued().isEmpty() || !recovery.failed().isEmpty()) {
            LOG.warnf("Recovered rounds of stopped workers: requeued %s, failed after %d attempts %s",
                    recovery.requeued(), config.maxAttempts(), recovery.failed());
            for (Long id : recovery.failed()) {
                runner.afterFailure(id, "worker_lost");
            }
            if (!recovery.requeued().isEmpty()) {
                signal.roundQueued();
            }
        }
    }

    private void loop(String workerId) {
        while (running) {
            try {
                // a model that cannot be reached takes no rounds: they wait in the queue (readiness says why)
                Optional<RoundQueue.Claim> claim = paused.get() || models.unavailableReason().isPresent()
                        ? Optional.empty() : claim(workerId);
                if (claim.isPresent()) {
                    runner.run(claim.get(), workerId);
                    signal.roundQueued(); // a finished round may have made its children ready: let a sibling look
                } else {
                    signal.await(config.pollInterval());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.errorf(e, "Edit worker %s hit an error; continuing", workerId);
                sleepQuietly(config.pollInterval());
            }
        }
    }

    private Optional<RoundQueue.Claim> claim(String workerId) {
        ModelInfo model = models.info();
        return QuarkusTransaction.requiringNew()
                .call(() -> queue.claim(workerId, config.lease(), model.name(), model.version()));
    }

    private static void sleepQuietly(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
