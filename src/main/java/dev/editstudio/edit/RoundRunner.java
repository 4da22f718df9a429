package dev.editstudio.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.editstudio.base.config.EditStudioConfig;
import dev.editstudio.base.db.Sql;
import dev.editstudio.edit.domain.RoundQueue;
import dev.editstudio.image.DecodedImage;
import dev.editstudio.image.ImageService;
import dev.editstudio.image.StoredImage;
import dev.editstudio.model.EditStep;
import dev.editstudio.model.Mask;
import dev.editstudio.model.ModelService;
import dev.editstudio.model.ModelUnavailableException;
import dev.editstudio.model.ProgramRunner;
import dev.editstudio.model.Raster;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Runs one claimed round: loads its input (from the {@link PixelCache} when the previous round just made it), runs
 * the program through the model while renewing the lease, stores the output and finishes the round with a guarded
 * update. If the round was canceled meanwhile, the update matches nothing and the result is dropped.
 */
@ApplicationScoped
public class RoundRunner {

    private static final Logger LOG = Logger.getLogger(RoundRunner.class);
    private static final TypeReference<List<Map<String, Object>>> PROGRAM = new TypeReference<>() {};

    private final RoundQueue queue;
    private final ImageService images;
    private final ModelService models;
    private final PixelCache cache;
    private final RoundEvents events;
    private final Sql sql;
    private final ObjectMapper json;
    private final Duration lease;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("edit-lease-renewal").daemon().factory());

    private final MeterRegistry metrics;
    /** Rounds this instance is running now ({@code editstudio_rounds_running}); the gauge reads it. */
    private final AtomicInteger running = new AtomicInteger();

    public RoundRunner(RoundQueue queue, ImageService images, ModelService models, PixelCache cache,
            RoundEvents events, Sql sql, ObjectMapper json, EditStudioConfig config, MeterRegistry metrics) {
        this.metrics = metrics;
        metrics.gauge("editstudio.rounds.running", running);
        this.queue = queue;
        this.images = images;
        this.models = models;
        this.cache = cache;
        this.events = events;
        this.sql = sql;
        this.json = json;
        this.lease = config.queue().lease();
    }

    void run(RoundQueue.Claim claim, String workerId) {
        long id = claim.roundId();
        long sessionId = claim.sessionId();
        running.incrementAndGet();
        events.publish(RoundEvent.status(sessionId, id, "running"));
        AtomicBoolean held = new AtomicBoolean(true);
        long period = Math.max(100, lease.toMillis() / 3);
        ScheduledFuture<?> renewal = heartbeats.scheduleAtFixedRate(() -> {
            try {
                held.set(QuarkusTransaction.requiringNew().call(() -> queue.renewLease(id, workerId, lease)));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Renewing the lease of round %d failed", id);
            }
        }, period, period, TimeUnit.MILLISECONDS);
        long computeMs = 0;
        long t0 = System.nanoTime();
        try {
            Raster input = pixels(claim.inputImage());
            Mask mask = claim.maskImage() == null ? Mask.all(input.width(), input.height())
                    : Masks.of(images.decoder().decode(QuarkusTransaction.requiringNew()
                            .call(() -> images.store().bytes(claim.maskImage())).orElseThrow()))
                            .feathered(claim.feather());
            List<EditStep> steps = program(claim.programJson());
            long started = System.nanoTime();
            Raster output = new ProgramRunner(models.model()).run(input, mask, steps, claim.strength(), claim.seed(),
                    () -> !held.get(), (done, total) -> {
                        if (done < total) {
                            events.publish(RoundEvent.progress(sessionId, id, done, total));
                        }
                    });
            computeMs = (System.nanoTime() - started) / 1_000_000;
            if (!held.get()) {
                throw new ProgramRunner.Canceled(); // known canceled: skip encoding (the guarded update decides anyway)
            }
            long t1 = System.nanoTime();
            DecodedImage pixels = new DecodedImage(output.width(), output.height(), output.channels(), output.data());
            long compute = computeMs;
            StoredImage stored = QuarkusTransaction.requiringNew().call(() -> {
                StoredImage image = images.store(pixels);
                if (queue.succeed(id, workerId, image.sha256(), image.width(), image.height(), compute)) {
                    // with the commit: a worker killed right after it still tells the web instances
                    events.publishOnCommit(RoundEvent.status(sessionId, id, "succeeded"));
                    return image;
                }
                // canceled meanwhile: keep nothing (an exception rolls back; a transaction marked rollback-only
                // would make QuarkusTransaction throw on its commit, and the round would be logged as a model error)
                throw new ProgramRunner.Canceled();
            });
            cache.put(stored.sha256(), output);
            count("succeeded");
            metrics.timer("editstudio.round.compute").record(Duration.ofMillis(computeMs));
            if (LOG.isDebugEnabled()) {
                LOG.debugf("round %d: input and program %d ms, model %d ms, store and finish %d ms", id,
                        (t1 - t0) / 1_000_000 - computeMs, computeMs, (System.nanoTime() - t1) / 1_000_000);
            }
        } catch (ProgramRunner.Canceled e) {
            LOG.debugf("Round %d was canceled while running; its result is dropped", id);
        } catch (ModelUnavailableException e) {
            // not the round's fault: back to the queue, attempt not counted, for when the model is reachable again
            if (QuarkusTransaction.requiringNew().call(() -> queue.release(id, workerId))) {
                count("released");
                events.publish(RoundEvent.status(sessionId, id, "queued"));
            }
        } catch (IllegalArgumentException e) {
            finishFailed(claim, workerId, "not_applicable", e.getMessage(), computeMs);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Round %d failed in the model", id);
            finishFailed(claim, workerId, "model_error", "the model could not run this edit ("
                    + e.getClass().getSimpleName() + ")", computeMs);
        } finally {
            renewal.cancel(false);
            running.decrementAndGet();
        }
    }

    /** After a round failed for good: rounds queued on it fail too, and the session's head steps back. */
    void afterFailure(long roundId, String code) {
        record Failed(long sessionId, String message) {}
        QuarkusTransaction.requiringNew().run(() -> sql.one(
                "select session_id, error_message from edit_round where id = ?",
                r -> new Failed(r.getLong(1), r.getString(2)), roundId).ifPresent(f -> {
                    List<Long> orphans = queue.failQueuedDescendants(roundId);
                    queue.moveHeadOffFailedRound(f.sessionId());
                    events.publishOnCommit(RoundEvent.failed(f.sessionId(), roundId, code, f.message()));
                    orphans.forEach(orphan -> events.publishOnCommit(RoundEvent.parentFailed(f.sessionId(), orphan)));
                }));
    }

    /** Rounds this instance ran, by outcome ({@code editstudio_rounds_total} on {@code /q/metrics}). */
    private void count(String outcome) {
        metrics.counter("editstudio.rounds", "outcome", outcome).increment();
    }

    private void finishFailed(RoundQueue.Claim claim, String workerId, String code, String message, long computeMs) {
        boolean failed = QuarkusTransaction.requiringNew()
                .call(() -> queue.fail(claim.roundId(), workerId, code, message, computeMs));
        if (failed) {
            count("failed");
            afterFailure(claim.roundId(), code);
        }
    }

    private Raster pixels(String sha) {
        return cache.get(sha).orElseGet(() -> {
            byte[] bytes = QuarkusTransaction.requiringNew().call(() -> images.store().bytes(sha)).orElseThrow();
            DecodedImage d = images.decoder().decode(bytes);
            Raster r = new Raster(d.width(), d.height(), d.channels(), d.data());
            cache.put(sha, r);
            return r;
        });
    }

    private List<EditStep> program(String programJson) {
        try {
            return json.readValue(programJson, PROGRAM).stream()
                    .map(s -> new EditStep((String) s.get("op"), castParams(s.get("params")))).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored program is not valid JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castParams(Object params) {
        return params == null ? Map.of() : (Map<String, Object>) params;
    }
}
