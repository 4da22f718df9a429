package dev.editstudio.edit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Wakes idle workers of this process when a round is queued here, so they need not wait for their next poll. */
@ApplicationScoped
public class QueueSignal {

    private final Semaphore work = new Semaphore(0);

    public void roundQueued() {
        work.release();
    }

    /** Waits until a round is queued or {@code timeout} passes; true if woken by a round. */
    boolean await(Duration timeout) throws InterruptedException {
        boolean woken = work.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        work.drainPermits();
        return woken;
    }
}
