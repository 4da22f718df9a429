package dev.editstudio.edit.domain;

import dev.editstudio.base.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The work queue, which is the {@code edit_round} table. Every status change is one guarded SQL statement (its
 * {@code WHERE} names the state it leaves, and the table's trigger refuses anything else), so two workers, a cancel
 * and a recovery can race freely: exactly one of them wins. Callers hold the transaction.
 */
@ApplicationScoped
public class RoundQueue {

    private final Sql sql;

    public RoundQueue(Sql sql) {
        this.sql = sql;
    }

    /** What a new round needs; it is queued at once. */
    public record NewRound(long sessionId, Long parentRoundId, long authorId, String instruction, String programJson,
            float strength, int feather, long seed, String maskImage, String modelName, String modelVersion) {}

    /** A round a worker now holds, with what it needs to run it. */
    public record Claim(long roundId, long sessionId, String inputImage, String maskImage, String programJson,
            float strength, int feather, long seed, int attempt) {}

    public long enqueue(NewRound r) {
        return sql.one("""
                insert into edit_round (session_id, parent_round_id, author_id, instruction, program, strength, feather,
                                        seed, mask_image, model_name, model_version)
                values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?) returning id""",
                row -> row.getLong(1), r.sessionId(), r.parentRoundId(), r.authorId(), r.instruction(),
                r.programJson(), r.strength(), r.feather(), r.seed(), r.maskImage(), r.modelName(), r.modelVersion())
                .orElseThrow();
    }

    /**
     * Claims the next round fairly, round-robin across authors: each author's queued rounds are numbered by age
     * (their "turn"), rounds already running count as turns taken, the lowest turn goes first and, among equal turns,
     * the author served longest ago. So one user's 50 queued edits interleave with everybody else's instead of going
     * first. Only rounds whose parent has its image are
     * ready, and only those asking for the model this worker runs (name and version): a worker with another version
     * leaves them to one that has it, so no round is run by a model it was not queued for. {@code SKIP LOCKED} lets
     * any number of workers, in any number of processes, claim at once without waiting on each other or taking a
     * round twice.
     */
    public Optional<Claim> claim(String workerId, Duration lease, String modelName, String modelVersion) {
        return sql.one("""
                with ready as (
                    select r.id, r.author_id, r.queued_at,
                           row_number() over (partition by r.author_id order by r.queued_at, r.id) as turn
                    from edit_round r
                    left join edit_round p on p.id = r.parent_round_id
                    where r.status = 'queued' and (r.parent_round_id is null or p.status = 'succeeded')
                      and r.model_name = ? and r.model_version = ?
                ), busy as (
                    select author_id, count(*) as running from edit_round where status = 'running' group by author_id
                ), served as (
                    select a.author_id,
                           (select max(x.started_at) from edit_round x where x.author_id = a.author_id) as last_started
                    from (select distinct author_id from ready) a
                ), candidates as (
                    select ready.id, row_number() over (
                               order by ready.turn + coalesce(busy.running, 0), served.last_started nulls first,
                                        ready.queued_at, ready.id) as position
                    from ready
                    left join busy on busy.author_id = ready.author_id
                    join served on served.author_id = ready.author_id
                    order by position limit 64
                ), chosen as (
                    select r.id from edit_round r join candidates c on c.id = r.id
                    where r.status = 'queued'
                    order by c.position limit 1
                    for update of r skip locked
                )
                update edit_round r
                set status = 'running', started_at = now(), attempts = r.attempts + 1, worker_id = ?,
                    lease_until = now() + ? * interval '1 millisecond',
                    input_image = coalesce((select p.output_image from edit_round p where p.id = r.parent_round_id),
                                           (select s.source_image from edit_session s where s.id = r.session_id))
                from chosen
                where r.id = chosen.id and r.status = 'queued'
                returning r.id, r.session_id, r.input_image, r.mask_image, r.program::text, r.strength, r.feather,
                          r.seed, r.attempts""",
                RoundQueue::claimOf, modelName, modelVersion, workerId, lease.toMillis());
    }

    /**
     * running → queued for the worker holding it, without counting the attempt: the model could not be reached, so
     * the round waits for it rather than failing.
     */
    public boolean release(long roundId, String workerId) {
        return sql.update("""
                update edit_round
                set status = 'queued', worker_id = null, lease_until = null, started_at = null,
                    attempts = greatest(attempts - 1, 0)
                where id = ? and status = 'running' and worker_id = ?""", roundId, workerId) == 1;
    }

    /** Queued rounds by the model they ask for, for operators to see work no worker can take. */
    public Map<String, Long> queuedByModel() {
        Map<String, Long> out = new TreeMap<>();
        sql.query("select model_name || '/' || model_version, count(*) from edit_round where status = 'queued' "
                + "group by 1", r -> Map.entry(r.getString(1), r.getLong(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Extends the lease of a round this worker still runs; false once it was canceled or taken away. */
    public boolean renewLease(long roundId, String workerId, Duration lease) {
        return sql.update("""
                update edit_round set lease_until = now() + ? * interval '1 millisecond'
                where id = ? and status = 'running' and worker_id = ?""", lease.toMillis(), roundId, workerId) == 1;
    }

    /** running → succeeded, only for the worker holding it; false means the result is to be discarded. */
    public boolean succeed(long roundId, String workerId, String outputImage, int width, int height, long computeMs) {
        return sql.update("""
                update edit_round
                set status = 'succeeded', output_image = ?, output_width = ?, output_height = ?, compute_ms = ?,
                    finished_at = now(), lease_until = null
                where id = ? and status = 'running' and worker_id = ?""",
                outputImage, width, height, computeMs, roundId, workerId) == 1;
    }

    /** running → failed, only for the worker holding it. */
    public boolean fail(long roundId, String workerId, String code, String message, long computeMs) {
        return sql.update("""
                update edit_round
                set status = 'failed', error_code = ?, error_message = left(?, 1000), compute_ms = ?, finished_at = now(),
                    lease_until = null
                where id = ? and status = 'running' and worker_id = ?""",
                code, message, computeMs, roundId, workerId) == 1;
    }

    /** queued|running → canceled; empty when the round had already finished (or does not exist). */
    public boolean cancel(long roundId) {
        return sql.update("""
                update edit_round set status = 'canceled', finished_at = now(), lease_until = null
                where id = ? and status in ('queued', 'running')""", roundId) == 1;
    }

    /**
     * Rounds queued on top of a round that failed or was canceled can never run: they fail too, with
     * {@code parent_failed}. Returns their ids.
     */
    public List<Long> failQueuedDescendants(long roundId) {
        return sql.query("""
                with recursive below as (
                    select id from edit_round where parent_round_id = ?
                    union all
                    select r.id from edit_round r join below on r.parent_round_id = below.id
                )
                update edit_round set status = 'failed', error_code = 'parent_failed',
                       error_message = 'the round this edit builds on did not produce an image', finished_at = now()
                where id in (select id from below) and status = 'queued'
                returning id""", row -> row.getLong(1), roundId);
    }

    /**
     * When the session's head is a round that failed or was canceled, moves it to the nearest ancestor that has or
     * will have an image (or to the source image), so the user sees what they had before.
     */
    public void moveHeadOffFailedRound(long sessionId) {
        sql.update("""
                with recursive up as (
                    select r.id, r.parent_round_id, r.status, 0 as depth
                    from edit_round r join edit_session s on s.head_round_id = r.id where s.id = ?
                    union all
                    select p.id, p.parent_round_id, p.status, up.depth + 1
                    from edit_round p join up on p.id = up.parent_round_id
                )
                update edit_session
                set head_round_id = (select id from up where status not in ('failed', 'canceled') order by depth limit 1)
                where id = ? and exists (select 1 from up where depth = 0 and status in ('failed', 'canceled'))""",
                sessionId, sessionId);
    }

    /** What recovery did with rounds whose worker died. */
    public record Recovery(List<Long> requeued, List<Long> failed) {}

    /**
     * Rounds queued for another version of {@code modelName} are given to {@code modelVersion}. Only for an
     * instance that is the database's one user (all-in-one, embedded database): after an upgrade no worker of the
     * old version is left to run them. Returns their ids.
     */
    public List<Long> adoptQueued(String modelName, String modelVersion) {
        return sql.query("update edit_round set model_version = ? where status = 'queued' and model_name = ? "
                + "and model_version <> ? returning id", row -> row.getLong(1), modelVersion, modelName, modelVersion);
    }

    /**
     * Rounds left {@code running} by a dead worker (lease expired, or all running rounds when {@code everything}: at
     * start with a database no other instance uses) go back to the queue, or fail with {@code worker_lost} once
     * they have had {@code maxAttempts}.
     */
    public Recovery recover(boolean everything, int maxAttempts) {
        String orphaned = "status = 'running' and (? or lease_until < now())";
        List<Long> failed = sql.query("update edit_round set status = 'failed', error_code = 'worker_lost', "
                + "error_message = 'the server stopped while running this edit ' || attempts || ' times; giving up', "
                + "finished_at = now(), lease_until = null where " + orphaned + " and attempts >= ? returning id",
                row -> row.getLong(1), everything, maxAttempts);
        List<Long> requeued = sql.query("update edit_round set status = 'queued', worker_id = null, lease_until = null, "
                + "started_at = null where " + orphaned + " returning id", row -> row.getLong(1), everything);
        return new Recovery(requeued, failed);
    }

    private static Claim claimOf(ResultSet r) throws SQLException {
        return new Claim(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5), r.getFloat(6),
                r.getInt(7), r.getLong(8), r.getInt(9));
    }
}
