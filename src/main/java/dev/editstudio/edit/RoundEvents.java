package dev.editstudio.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.editstudio.base.db.AfterCommit;
import dev.editstudio.base.db.PgNotifications;
import dev.editstudio.edit.domain.RoundStatus;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Publication of round changes to this instance's subscribers (editor views, SSE streams, waiting synchronous
 * edits) and, through PostgreSQL {@code NOTIFY}, to every other instance sharing the database: a {@code web}
 * instance hears of the rounds its {@code worker}s finish, and a worker hears at once of a round queued elsewhere.
 * Publishers call {@link #publish} after their transaction committed, so a subscriber that reacts by reading the
 * database sees the change, or {@link #publishOnCommit} inside it for news that must reach the other instances even
 * if this one dies right after the commit (a round's final status). Slow subscribers do not hold up the workers:
 * each subscription buffers what it has not consumed yet, up to a bound, and then drops the oldest.
 */
@ApplicationScoped
@Startup
public class RoundEvents {

    private static final Logger LOG = Logger.getLogger(RoundEvents.class);
    private static final String CHANNEL = "editstudio_rounds";
    private static final int BUFFER = 256;

    /** What goes over the wire: the event and the instance it came from (which has delivered it already). */
    record Message(String origin, RoundEvent event) {}

    private final BroadcastProcessor<RoundEvent> processor = BroadcastProcessor.create();
    private final PgNotifications notifications;
    private final QueueSignal signal;
    private final ObjectMapper json;
    private final AfterCommit afterCommit;
    private final String instance = UUID.randomUUID().toString();

    public RoundEvents(PgNotifications notifications, QueueSignal signal, ObjectMapper json, AfterCommit afterCommit) {
        this.notifications = notifications;
        this.signal = signal;
        this.json = json;
        this.afterCommit = afterCommit;
        notifications.listen(CHANNEL, this::received);
    }

    public void publish(RoundEvent event) {
        processor.onNext(event);
        try {
            notifications.send(CHANNEL, json.writeValueAsString(new Message(instance, event)));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.warnf("Round event %s not sent to other instances: %s", event, e.getMessage());
        }
    }

    /**
     * Publishes {@code event} with the current transaction: the other instances hear of it when it commits (the
     * {@code NOTIFY} is part of it), this instance's subscribers right after; nobody if it rolls back.
     */
    public void publishOnCommit(RoundEvent event) {
        try {
            notifications.sendOnCommit(CHANNEL, json.writeValueAsString(new Message(instance, event)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("round event " + event + " cannot be written", e);
        }
        afterCommit.run(() -> processor.onNext(event));
    }

    /** Every change from now on. */
    public Multi<RoundEvent> all() {
        return processor.onOverflow().buffer(BUFFER);
    }

    /** Changes of one session's rounds from now on. */
    public Multi<RoundEvent> forSession(long sessionId) {
        return all().select().where(e -> e.sessionId() == sessionId);
    }

    private void received(String payload) {
        Message message;
        try {
            message = json.readValue(payload, Message.class);
        } catch (JsonProcessingException e) {
            LOG.warnf("Unreadable round event from another instance: %s", e.getMessage());
            return;
        }
        if (instance.equals(message.origin())) {
            return;
        }
        RoundEvent event = message.event();
        processor.onNext(event);
        RoundStatus status = RoundStatus.of(event.status());
        if (status == RoundStatus.QUEUED || status == RoundStatus.SUCCEEDED) {
            signal.roundQueued(); // a round to take, or one whose children just became ready
        }
    }
}
