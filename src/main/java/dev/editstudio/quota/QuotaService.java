package dev.editstudio.quota;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.editstudio.base.config.EditStudioConfig;
import dev.editstudio.base.db.Sql;
import dev.editstudio.base.error.ApiException;
import dev.editstudio.base.security.AppUser;
import dev.editstudio.base.security.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Quotas per user and per team, checked exactly: reservations for one user (and one team) are serialised by a
 * transaction-scoped advisory lock, counted against the ledger and written to it in the transaction that queues
 * the round, so N allowed edits are N accepted edits however many requests race. The ledger follows each round's
 * outcome by trigger (settled with its compute time, or released).
 */
@ApplicationScoped
public class QuotaService {

    private static final int USER_LOCK = 1;
    private static final int TEAM_LOCK = 2;

    private final Sql sql;
    private final UserDirectory users;
    private final ObjectMapper json;
    private final Limits defaults;
    private final Periods periods;

    @Inject
    public QuotaService(Sql sql, UserDirectory users, ObjectMapper json, EditStudioConfig config) {
        this(sql, users, json, config, Clock.systemUTC());
    }

    QuotaService(Sql sql, UserDirectory users, ObjectMapper json, EditStudioConfig config, Clock clock) {
        this.sql = sql;
        this.users = users;
        this.json = json;
        EditStudioConfig.Quotas.Defaults d = config.quota().defaults();
        this.defaults = new Limits(d.editsPerDay().orElse(null), d.computeSecondsPerMonth().orElse(null),
                d.storageBytes().orElse(null));
        this.periods = new Periods(ZoneId.of(config.quota().timeZone()), clock);
    }

    /** Where a user or team stands: usage against limits, and when the counts reset. */
    public record Usage(long editsToday, long computeSecondsThisMonth, long storageBytes, Limits limits,
            Instant dayResetsAt, Instant monthResetsAt) {

        /** The first limit that leaves no room for another edit, if any. */
        public Optional<Reached> reached() {
            if (limits.editsPerDay() != null && editsToday >= limits.editsPerDay()) {
                return Optional.of(new Reached(Reached.EDITS_PER_DAY, limits.editsPerDay(), editsToday, dayResetsAt));
            }
            if (limits.computeSecondsPerMonth() != null && computeSecondsThisMonth >= limits.computeSecondsPerMonth()) {
                return Optional.of(new Reached(Reached.COMPUTE_SECONDS_PER_MONTH, limits.computeSecondsPerMonth(),
                        computeSecondsThisMonth, monthResetsAt));
            }
            if (limits.storageBytes() != null && storageBytes >= limits.storageBytes()) {
                return Optional.of(new Reached(Reached.STORAGE_BYTES, limits.storageBytes(), storageBytes, null));
            }
            return Optional.empty();
        }

        /** {@link #reached()} as the API's 429, its message naming {@code subject} ("your", "the team's"). */
        public Optional<ApiException> exceeded(String subject) {
            return reached().map(r -> QuotaService.exceeded(subject, r));
        }
    }

    /**
     * A limit reached: which one ({@link #EDITS_PER_DAY}, {@link #COMPUTE_SECONDS_PER_MONTH} or {@link #STORAGE_BYTES},
     * the names in the API), the limit, what is used, and when the count starts again (null for storage, which only
     * deleting frees).
     */
    public record Reached(String quota, long limit, long used, Instant resetsAt) {
        public static final String EDITS_PER_DAY = "editsPerDay";
        public static final String COMPUTE_SECONDS_PER_MONTH = "computeSecondsPerMonth";
        public static final String STORAGE_BYTES = "storageBytes";

        private String unit() {
            return switch (quota) {
                case EDITS_PER_DAY -> "edits per day";
                case COMPUTE_SECONDS_PER_MONTH -> "compute seconds per month";
                default -> "bytes of stored images";
            };
        }
    }

    public Periods periods() {
        return periods;
    }

    /**
     * Reserves one edit of {@code roundId} for the user and, for a team session, the team; 429
     * {@code quota_exceeded} when either has no room. Must run in the transaction that queues the round.
     */
    public void reserve(long userId, Long teamId, long roundId) {
        sql.query("select pg_advisory_xact_lock(?, ?::int)", r -> 1, USER_LOCK, (int) userId);
        if (teamId != null) {
            sql.query("select pg_advisory_xact_lock(?, ?::int)", r -> 1, TEAM_LOCK, (int) (long) teamId);
        }
        Optional<ApiException> problem = roomLeft("your", userLimits(userId), "user_id", userId, "s.owner_id = ?");
        if (problem.isEmpty() && teamId != null) {
            problem = roomLeft("the team's", teamLimits(teamId), "team_id", teamId, "s.team_id = ?");
        }
        if (problem.isPresent()) {
            throw problem.get();
        }
        sql.update("insert into usage_ledger (round_id, user_id, team_id, day, month) values (?, ?, ?, ?, ?)",
                roundId, userId, teamId, Date.valueOf(periods.today()), Date.valueOf(periods.thisMonth()));
    }

    /** Room for one more edit under {@code limits}; see {@link #usage} for what is counted. */
    private Optional<ApiException> roomLeft(String subject, Limits limits, String column, long id, String owner) {
        return usage(limits, column, id, owner, true).exceeded(subject);
    }

    /** Refuses a new upload when the user's storage quota is used up. */
    @Transactional
    public void checkStorage(long userId) {
        Long limit = userLimits(userId).storageBytes();
        if (limit != null) {
            roomLeft("your", new Limits(null, null, limit), "user_id", userId, "s.owner_id = ?").ifPresent(e -> {
                throw e;
            });
        }
    }

    @Transactional
    public Usage userUsage(long userId) {
        return usage(userLimits(userId), "user_id", userId, "s.owner_id = ?", false);
    }

    @Transactional
    public Usage teamUsage(long teamId) {
        return usage(teamLimits(teamId), "team_id", teamId, "s.team_id = ?", false);
    }

    /**
     * Usage of the user or team whose ledger {@code column} is {@code id} (and whose sessions match {@code owner}).
     * With {@code onlyLimited}, only what a limit is set for is counted (the rest reads 0): with no quota, a
     * reservation costs the lock and one insert.
     */
    private Usage usage(Limits limits, String column, long id, String owner, boolean onlyLimited) {
        long edits = onlyLimited && limits.editsPerDay() == null ? 0 : count("select count(*) from usage_ledger where "
                + column + " = ? and day = ? and state <> 'released'", id, Date.valueOf(periods.today()));
        long compute = onlyLimited && limits.computeSecondsPerMonth() == null ? 0 : count(
                "select coalesce(sum(compute_ms), 0) / 1000 from usage_ledger where " + column + " = ? and month = ?",
                id, Date.valueOf(periods.thisMonth()));
        long storage = onlyLimited && limits.storageBytes() == null ? 0 : storage(owner, id);
        return new Usage(edits, compute, storage, limits, periods.dayResetsAt(), periods.monthResetsAt());
    }

    /** The user's own quota, or the configured default. */
    @Transactional
    public Limits userLimits(long userId) {
        return row("user_id", userId).orElse(defaults);
    }

    /** The team's quota; teams without one are unlimited. */
    @Transactional
    public Limits teamLimits(long teamId) {
        return row("team_id", teamId).orElse(Limits.UNLIMITED);
    }

    // ---- admin --------------------------------------------------------------------------------------------

    @Transactional
    public Limits userQuota(String username) {
        return userLimits(userIdOf(username));
    }

    /** Sets a user's quota (null fields = unlimited) and writes the change to the audit log. */
    @Transactional
    public Limits setUserQuota(AppUser admin, String username, Limits limits) {
        long userId = userIdOf(username);
        return set(admin, "user_id", userId, "user " + username, userLimits(userId), limits);
    }

    @Transactional
    public Limits teamQuota(long teamId) {
        requireTeam(teamId);
        return teamLimits(teamId);
    }

    @Transactional
    public Limits setTeamQuota(AppUser admin, long teamId, Limits limits) {
        String name = requireTeam(teamId);
        return set(admin, "team_id", teamId, "team " + name, teamLimits(teamId), limits);
    }

    /** One quota change. */
    public record AuditEntry(String actor, String subject, String before, String after, Instant changedAt) {}

    @Transactional
    public List<AuditEntry> audit(int limit) {
        return sql.query("select actor, subject, before::text, after::text, changed_at from quota_audit "
                + "order by changed_at desc, id desc limit ?", r -> new AuditEntry(r.getString(1), r.getString(2),
                        r.getString(3), r.getString(4), r.getTimestamp(5).toInstant()), limit);
    }

    /** Usage between two days (inclusive) by user, team or day. */
    public record UsageRow(String key, String label, long edits, long failedOrCanceled, long computeSeconds) {}

    @Transactional
    public List<UsageRow> report(LocalDate from, LocalDate to, String groupBy) {
        if (from == null || to == null || to.isBefore(from) || from.plusYears(5).isBefore(to)) {
            throw ApiException.badRequest("from and to are days (YYYY-MM-DD), from <= to, at most 5 years apart");
        }
        String key;
        String label;
        String join;
        switch (groupBy == null ? "" : groupBy) {
            case "user" -> {
                key = "l.user_id::text";
                label = "u.username";
                join = "join app_user u on u.id = l.user_id";
            }
            case "team" -> {
                key = "l.team_id::text";
                label = "coalesce(t.name, '')";
                join = "join team t on t.id = l.team_id";
            }
            case "day" -> {
                key = "l.day::text";
                label = "l.day::text";
                join = "";
            }
            default -> throw ApiException.badRequest("groupBy must be user, team or day");
        }
        return sql.query("select " + key + " as k, " + label + " as label, "
                + "count(*) filter (where l.state <> 'released'), count(*) filter (where l.state = 'released'), "
                + "coalesce(sum(l.compute_ms), 0) / 1000 from usage_ledger l " + join
                + " where l.day between ? and ? group by 1, 2 order by 3 desc, 1",
                r -> new UsageRow(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5)),
                Date.valueOf(from), Date.valueOf(to));
    }

    /** Totals over everybody: edits today and this month, compute seconds this month. */
    public record Totals(long editsToday, long editsThisMonth, long computeSecondsThisMonth) {}

    @Transactional
    public Totals totals() {
        return sql.one("""
                select count(*) filter (where day = ? and state <> 'released'),
                       count(*) filter (where state <> 'released'),
                       coalesce(sum(compute_ms), 0) / 1000
                from usage_ledger where month = ?""",
                r -> new Totals(r.getLong(1), r.getLong(2), r.getLong(3)),
                Date.valueOf(periods.today()), Date.valueOf(periods.thisMonth())).orElseThrow();
    }

    /** Each of the last {@code days} days (oldest first) with its usage; days without edits have zeros. */
    @Transactional
    public List<UsageRow> lastDays(int days) {
        LocalDate today = periods.today();
        Map<String, UsageRow> byDay = new LinkedHashMap<>();
        for (UsageRow row : report(today.minusDays(days - 1L), today, "day")) {
            byDay.put(row.key(), row);
        }
        return java.util.stream.IntStream.range(0, days).mapToObj(i -> today.minusDays(days - 1L - i).toString())
                .map(d -> byDay.getOrDefault(d, new UsageRow(d, d, 0, 0, 0))).toList();
    }

    /** A team's id and name, for the dashboard's team table. */
    public record TeamRef(long id, String name) {}

    @Transactional
    public List<TeamRef> teams() {
        return sql.query("select id, name from team order by lower(name)", r -> new TeamRef(r.getLong(1), r.getString(2)));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private Limits set(AppUser admin, String column, long id, String subject, Limits before, Limits after) {
        validate(after);
        sql.update("insert into quota (" + column + ", edits_per_day, compute_seconds_per_month, storage_bytes) "
                + "values (?, ?, ?, ?) on conflict (" + column + ") do update set edits_per_day = excluded.edits_per_day, "
                + "compute_seconds_per_month = excluded.compute_seconds_per_month, "
                + "storage_bytes = excluded.storage_bytes, updated_at = now()",
                id, after.editsPerDay(), after.computeSecondsPerMonth(), after.storageBytes());
        sql.update("insert into quota_audit (actor_id, actor, subject, before, after) values (?, ?, ?, ?::jsonb, ?::jsonb)",
                admin.id(), admin.username(), subject, toJson(before), toJson(after));
        return after;
    }

    private static void validate(Limits limits) {
        if ((limits.editsPerDay() != null && limits.editsPerDay() < 0)
                || (limits.computeSecondsPerMonth() != null && limits.computeSecondsPerMonth() < 0)
                || (limits.storageBytes() != null && limits.storageBytes() < 0)) {
            throw new ApiException(400, "invalid_quota", "quotas are whole numbers of 0 or more, or null for unlimited");
        }
    }

    private Optional<Limits> row(String column, long id) {
        return sql.one("select edits_per_day, compute_seconds_per_month, storage_bytes from quota where " + column
                + " = ?", r -> new Limits((Integer) r.getObject(1), Sql.nullableLong(r, "compute_seconds_per_month"),
                        Sql.nullableLong(r, "storage_bytes")), id);
    }

    private long count(String query, Object... params) {
        return sql.one(query, r -> r.getLong(1), params).orElse(0L);
    }

    /** Bytes of the distinct images the sessions matching {@code where} use (sources, outputs, masks). */
    private long storage(String where, long id) {
        return count("""
                select coalesce(sum(b.byte_size), 0) from image_blob b where b.sha256 in (
                    select s.source_image from edit_session s where %1$s
                    union select r.output_image from edit_round r join edit_session s on s.id = r.session_id where %1$s
                    union select r.mask_image from edit_round r join edit_session s on s.id = r.session_id where %1$s)"""
                .formatted(where), id, id, id);
    }

    private long userIdOf(String username) {
        return users.userId(username).orElseThrow(() -> ApiException.notFound("user"));
    }

    private String requireTeam(long teamId) {
        return sql.one("select name from team where id = ?", r -> r.getString(1), teamId)
                .orElseThrow(() -> ApiException.notFound("team"));
    }

    private String toJson(Limits limits) {
        try {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("editsPerDay", limits.editsPerDay());
            m.put("computeSecondsPerMonth", limits.computeSecondsPerMonth());
            m.put("storageBytes", limits.storageBytes());
            return json.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ApiException exceeded(String subject, Reached reached) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("quota", reached.quota());
        fields.put("limit", reached.limit());
        fields.put("used", reached.used());
        fields.put("resetsAt", reached.resetsAt() == null ? null : reached.resetsAt().toString());
        String when = reached.resetsAt() == null ? "free some space by deleting sessions"
                : "it resets at " + reached.resetsAt();
        return new ApiException(429, "quota_exceeded", "quota reached: " + subject + " limit is " + reached.limit() + " "
                + reached.unit() + " and " + reached.used() + " are used; " + when, null, fields);
    }
}
