package dev.editstudio.edit;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * In-process publication of round changes. Publishers call {@link #publish} after their transaction committed, so
 * a subscriber that reacts by reading the database sees the change. Slow subscribers do not hold up the workers:
 * each subscription buffers what it has not consumed yet, up to a bound, and then drops the oldest.
 */
@ApplicationScoped
public class RoundEvents {

    private static final int BUFFER = 256;

    private final BroadcastProcessor<RoundEvent> processor = BroadcastProcessor.create();

    public void publish(RoundEvent event) {
        processor.onNext(event);
    }

    /** Every change from now on. */
    public Multi<RoundEvent> all() {
        return processor.onOverflow().buffer(BUFFER);
    }

    /** Changes of one session's rounds from now on. */
    public Multi<RoundEvent> forSession(long sessionId) {
        return all().select().where(e -> e.sessionId() == sessionId);
    }
}
