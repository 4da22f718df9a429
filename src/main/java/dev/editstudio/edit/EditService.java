package dev.editstudio.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.editstudio.base.db.AfterCommit;
import dev.editstudio.base.db.Sql;
import dev.editstudio.base.error.ApiException;
import dev.editstudio.base.security.AccessPolicy;
import dev.editstudio.base.security.AppUser;
import dev.editstudio.base.security.UserDirectory;
import dev.editstudio.edit.EditViews.Destination;
import dev.editstudio.edit.EditViews.ErrorInfo;
import dev.editstudio.edit.EditViews.ImageData;
import dev.editstudio.edit.EditViews.ImageInfo;
import dev.editstudio.edit.EditViews.RoundInfo;
import dev.editstudio.edit.EditViews.SessionDetails;
import dev.editstudio.edit.EditViews.SessionSummary;
import dev.editstudio.edit.EditViews.Submitted;
import dev.editstudio.edit.domain.EditRound;
import dev.editstudio.edit.domain.EditRoundRepository;
import dev.editstudio.edit.domain.EditSession;
import dev.editstudio.edit.domain.EditSessionRepository;
import dev.editstudio.edit.domain.RoundQueue;
import dev.editstudio.edit.domain.RoundStatus;
import dev.editstudio.image.DecodedImage;
import dev.editstudio.image.ImageEncoder;
import dev.editstudio.image.ImageFormat;
import dev.editstudio.image.ImageService;
import dev.editstudio.image.MetadataStripper;
import dev.editstudio.image.StoredImage;
import dev.editstudio.model.EditStep;
import dev.editstudio.model.InstructionParser;
import dev.editstudio.model.Mask;
import dev.editstudio.model.ModelService;
import dev.editstudio.model.ProgramRunner;
import dev.editstudio.model.Raster;
import dev.editstudio.quota.QuotaService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Sessions and their rounds: create a session from an upload, submit edits (interpret, authorize, validate,
 * enqueue), walk the history, cancel, delete. Every read and write asks {@link AccessPolicy} first; what a caller
 * may not read answers 404, as if it did not exist.
 */
@ApplicationScoped
public class EditService {

    private static final Logger LOG = Logger.getLogger(EditService.class);
    static final int MAX_TITLE = 200;
    static final int MAX_FEATHER = 200;

    private final EditSessionRepository sessions;
    private final EditRoundRepository rounds;
    private final RoundQueue queue;
    private final ImageService images;
    private final ModelService models;
    private final AccessPolicy access;
    private final UserDirectory users;
    private final RoundEvents events;
    private final QueueSignal signal;
    private final PixelCache cache;
    private final AfterCommit afterCommit;
    private final Sql sql;
    private final QuotaService quotas;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    public EditService(EditSessionRepository sessions, EditRoundRepository rounds, RoundQueue queue,
            ImageService images, ModelService models, AccessPolicy access, UserDirectory users, RoundEvents events,
            QueueSignal signal, PixelCache cache, AfterCommit afterCommit, Sql sql, QuotaService quotas, ObjectMapper json) {
        this.sessions = sessions;
        this.rounds = rounds;
        this.queue = queue;
        this.images = images;
        this.models = models;
        this.access = access;
        this.users = users;
        this.events = events;
        this.signal = signal;
        this.cache = cache;
        this.afterCommit = afterCommit;
        this.sql = sql;
        this.quotas = quotas;
        this.json = json;
    }

    // ---- sessions -------------------------------------------------------------------------------------------

    /** A new session from an uploaded image (validated before decoding; nothing is stored if it is refused). */
    @Transactional
    public SessionDetails create(AppUser user, byte[] image, String title) {
        String name = title == null || title.isBlank() ? "Untitled" : title.strip();
        if (name.length() > MAX_TITLE) {
            throw ApiException.badRequest("title must be at most " + MAX_TITLE + " characters");
        }
        quotas.checkStorage(user.id());
        ImageService.Ingested ingested = images.ingest(image);
        EditSession session = new EditSession();
        session.ownerId = user.id();
        session.title = name;
        session.sourceImage = ingested.image().sha256();
        session.updatedAt = now();
        sessions.persistAndFlush(session);
        DecodedImage pixels = ingested.pixels();
        afterCommit.run(() -> cache.put(session.sourceImage,
                new Raster(pixels.width(), pixels.height(), pixels.channels(), pixels.data())));
        return details(sessions.findById(session.id));
    }

    /** A session title from an uploaded file's name: the name without its extension; null for none. */
    public static String titleFromFileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The caller's sessions and their teams' sessions, newest activity first, optionally matching {@code query}. */
    @Transactional
    public List<SessionSummary> list(AppUser user, String query, int offset, int limit) {
        if (limit < 1 || limit > 200 || offset < 0) {
            throw ApiException.badRequest("limit must be 1..200 and offset at least 0");
        }
        if (query != null && query.length() > MAX_TITLE) {
            throw ApiException.badRequest("a search has at most " + MAX_TITLE + " characters");
        }
        String pattern = query == null || query.isBlank() ? null : "%" + likeEscape(query.strip().toLowerCase()) + "%";
        long[] teams = users.teamIds(user.id()).stream().mapToLong(Long::longValue).toArray();
        List<ListedSession> listed = sql.query("""
                select s.id, s.title, s.owner_id, s.team_id, s.head_round_id, s.created_at, s.updated_at,
                       b.sha256, b.format, b.width, b.height, b.byte_size,
                       (select count(*) from edit_round r where r.session_id = s.id) as round_count,
                       (select r.instruction from edit_round r where r.session_id = s.id order by r.id desc limit 1)
                           as last_instruction
                from edit_session s join image_blob b on b.sha256 = s.source_image
                where (s.owner_id = ? or s.team_id = any (?))
                  and (?::text is null or lower(s.title) like ? or exists (
                        select 1 from edit_round r where r.session_id = s.id and lower(r.instruction) like ?))
                order by s.updated_at desc, s.id desc
                offset ? limit ?""", row -> new ListedSession(row.getLong("id"), row.getString("title"),
                        row.getLong("owner_id"), Sql.nullableLong(row, "team_id"), Sql.nullableLong(row, "head_round_id"),
                        row.getObject("created_at", OffsetDateTime.class), row.getObject("updated_at", OffsetDateTime.class),
                        new ImageInfo(row.getString("sha256"), row.getString("format"), row.getInt("width"),
                                row.getInt("height"), row.getInt("byte_size")),
                        row.getLong("round_count"), row.getString("last_instruction")),
                user.id(), teams, pattern, pattern, pattern, offset, limit);
        Map<Long, String> owners = users.usernames(listed.stream().map(ListedSession::ownerId).toList());
        return listed.stream().map(l -> new SessionSummary(l.id(), l.title(), owners.get(l.ownerId()), l.teamId(),
                l.source(), l.headRoundId(), l.roundCount(), l.lastInstruction(), l.createdAt(), l.updatedAt(),
                sessionUrl(l.id(), false), sessionUrl(l.id(), true))).toList();
    }

    private record ListedSession(long id, String title, long ownerId, Long teamId, Long headRoundId,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, ImageInfo source, long roundCount,
            String lastInstruction) {}

    @Transactional
    public SessionDetails get(AppUser user, long sessionId) {
        return details(readable(user, sessionId));
    }

    @Transactional
    public SessionDetails rename(AppUser user, long sessionId, String title) {
        EditSession session = manageable(user, sessionId);
        if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE) {
            throw ApiException.badRequest("title must be 1.." + MAX_TITLE + " characters");
        }
        session.title = title.strip();
        session.updatedAt = now();
        return details(session);
    }

    /**
     * Shares the session with one of the caller's teams ({@code teamId}), or makes it private again (null). The
     * owner and the owners of the team it is shared with may do this.
     */
    @Transactional
    public SessionDetails shareWithTeam(AppUser user, long sessionId, Long teamId) {
        EditSession session = manageable(user, sessionId);
        if (teamId != null && !access.canShareWithTeam(user, session, teamId)) {
            throw new ApiException(400, "not_your_team", "you can only share with a team you belong to");
        }
        session.teamId = teamId;
        session.updatedAt = now();
        return details(session);
    }

    /** Throws unless the caller may manage the session (share it, delete it); 404 when they may not even see it. */
    @Transactional
    public void checkManageable(AppUser user, long sessionId) {
        manageable(user, sessionId);
    }

    /** Whether the round belongs to the session and has an image (what a link to one round may point at). */
    @Transactional
    public boolean hasImage(long sessionId, long roundId) {
        return rounds.findByIdOptional(roundId)
                .filter(r -> r.sessionId == sessionId && r.status == RoundStatus.SUCCEEDED).isPresent();
    }

    /**
     * What a public link shows, for the sharing feature once it has checked the link: the session (or only the
     * linked round), its finished rounds, no user names.
     */
    @Transactional
    public SessionDetails sharedView(long sessionId, Long roundId) {
        EditSession session = sessions.findByIdOptional(sessionId).orElseThrow(() -> ApiException.notFound("link"));
        SessionDetails all = details(session);
        List<RoundInfo> visible = all.rounds().stream()
                .filter(r -> "succeeded".equals(r.status()))
                .filter(r -> access.linkCovers(sessionId, roundId, sessionId, r.id()))
                .map(r -> new RoundInfo(r.id(), r.sessionId(), r.parentRoundId(), null, r.instruction(), r.program(),
                        r.strength(), r.feather(), r.seed(), r.status(), null, r.model(), r.queuedAt(), r.startedAt(),
                        r.finishedAt(), r.computeMs(), r.attempts(), r.width(), r.height(), null, null))
                .toList();
        Long head = roundId != null ? roundId : all.headRoundId();
        return new SessionDetails(all.id(), all.title(), null, null, all.source(), head, all.createdAt(),
                all.updatedAt(), null, null, visible);
    }

    /**
     * An image a public link may show: the linked round's, or for a session link any finished round's, the
     * image shown now ({@code requestedRound} null) or the source ({@code requestedRound} 0).
     */
    @Transactional
    public ImageData sharedImage(long sessionId, Long linkRound, Long requestedRound, boolean thumbnail) {
        EditSession session = sessions.findByIdOptional(sessionId).orElseThrow(() -> ApiException.notFound("image"));
        if (requestedRound == null) {
            return publicImage(session, linkRound != null ? roundOutput(sessionId, linkRound) : shownImage(session),
                    thumbnail);
        }
        if (requestedRound == 0 && linkRound == null) {
            return publicImage(session, session.sourceImage, thumbnail);
        }
        if (!access.linkCovers(sessionId, linkRound, sessionId, requestedRound)) {
            throw ApiException.notFound("image");
        }
        return publicImage(session, roundOutput(sessionId, requestedRound), thumbnail);
    }

    /**
     * An image for anyone with a link: the uploaded source without its metadata (a phone's GPS position, time and
     * camera), re-encoded as PNG in the rare case its structure cannot be walked; outputs and thumbnails, which this
     * app wrote, carry none.
     */
    private ImageData publicImage(EditSession session, String sha, boolean thumbnail) {
        ImageData image = image(sha, thumbnail);
        if (thumbnail || !sha.equals(session.sourceImage)) {
            return image;
        }
        // the stored file passed the same sniffing on its way in: its format is in its first bytes, no second lookup
        ImageFormat format = ImageFormat.sniff(image.bytes()).orElseThrow();
        return MetadataStripper.strip(image.bytes(), format)
                .map(bytes -> new ImageData(bytes, image.mediaType(), sha + "-public"))
                .orElseGet(() -> new ImageData(ImageEncoder.png(images.decoder().decode(image.bytes())), "image/png",
                        sha + "-public-png"));
    }

    private String roundOutput(long sessionId, long roundId) {
        return rounds.findByIdOptional(roundId).filter(r -> r.sessionId == sessionId && r.outputImage != null)
                .map(r -> r.outputImage).orElseThrow(() -> ApiException.notFound("image"));
    }

    /** Deletes a session, its rounds and the images nothing else uses; running rounds are canceled first. */
    public void delete(AppUser user, long sessionId) {
        Set<String> shas = QuarkusTransaction.requiringNew().call(() -> {
            EditSession session = manageable(user, sessionId);
            Set<String> used = new HashSet<>();
            used.add(session.sourceImage);
            for (EditRound r : rounds.forSession(sessionId)) {
                if (!r.status.isFinal()) {
                    queue.cancel(r.id);
                }
                addIfPresent(used, r.maskImage, r.inputImage, r.outputImage);
            }
            sessions.delete(session);
            return used;
        });
        collectGarbage(shas);
    }

    /** Moves the session's head (undo, redo, jump); {@code roundId} null goes back to the source image. */
    @Transactional
    public SessionDetails setHead(AppUser user, long sessionId, Long roundId) {
        EditSession session = editable(user, sessionId);
        if (roundId != null) {
            EditRound round = rounds.findByIdOptional(roundId).filter(r -> r.sessionId == sessionId)
                    .orElseThrow(() -> ApiException.badRequest("round " + roundId + " is not part of this session"));
            if (round.status == RoundStatus.FAILED || round.status == RoundStatus.CANCELED) {
                throw ApiException.conflict("round_has_no_image", "round " + roundId + " " + round.status.id()
                        + " and has no image to show");
            }
        }
        session.headRoundId = roundId;
        session.updatedAt = now();
        return details(session);
    }

    // ---- edits ----------------------------------------------------------------------------------------------

    /**
     * Interprets the instruction, checks access and the request, and queues a round on top of {@code parentRoundId}
     * (default: the head), which becomes the new head.
     */
    @Transactional
    public Submitted submit(AppUser user, long sessionId, EditRequest request) {
        byte[] mask = request.mask() == null || request.mask().isBlank() ? null : decodeBase64(request.mask());
        return submit(user, sessionId, request, mask);
    }

    /** As {@link #submit(AppUser, long, EditRequest)}, with the mask as PNG bytes ({@code request.mask()} ignored). */
    @Transactional
    public Submitted submit(AppUser user, long sessionId, EditRequest request, byte[] maskPng) {
        String instruction = request.instruction() == null ? "" : request.instruction().strip();
        if (instruction.isEmpty()) {
            throw ApiException.badRequest("instruction is required");
        }
        if (instruction.length() > InstructionParser.MAX_LENGTH) {
            throw new ApiException(400, "instruction_too_long", "an instruction may have at most "
                    + InstructionParser.MAX_LENGTH + " characters", Map.of("maxLength", InstructionParser.MAX_LENGTH));
        }
        float strength = (float) (request.strength() == null ? 1.0 : request.strength());
        if (!(strength >= 0 && strength <= 1)) {
            throw ApiException.badRequest("strength must be between 0 and 1");
        }
        int feather = request.feather() == null ? 0 : request.feather();
        if (feather < 0 || feather > MAX_FEATHER) {
            throw ApiException.badRequest("feather must be between 0 and " + MAX_FEATHER + " pixels");
        }
        EditSession session = editable(user, sessionId);

        InstructionParser.Interpretation interpretation = models.interpret(instruction);
        if (interpretation.steps().isEmpty() && interpretation.history() != null) {
            throw unprocessable("history_command", "\"" + instruction + "\" moves through the history rather than "
                    + "editing: set the session's head instead (PUT /api/v1/sessions/" + sessionId + "/head)",
                    interpretation);
        }
        if (interpretation.steps().isEmpty()) {
            throw unprocessable("not_understood", "this does not read as an edit; try e.g. \"make it brighter\", "
                    + "\"blur the background\" or \"把天空变蓝\"", interpretation);
        }
        // "undo that and make it blue" edits the round before the head; a parent given explicitly wins
        Long parentId = request.parentRoundId() != null ? request.parentRoundId()
                : interpretation.history() != null ? historyTarget(session, interpretation.history())
                : session.headRoundId;
        int[] size = inputSize(session, parentId, request.parentRoundId() != null);

        if (interpretation.isUnsupported()) {
            EditStep step = interpretation.steps().getFirst();
            throw unprocessable("unsupported_instruction", step.text("reason", "this edit needs a generative model"),
                    interpretation);
        }

        String maskSha = null;
        Mask mask = null;
        if (maskPng != null) {
            if (size == null) {
                throw ApiException.conflict("parent_not_ready", "the image to select on is still being made; "
                        + "wait for the previous round before drawing a selection");
            }
            ImageService.Ingested ingested = images.ingest(maskPng);
            DecodedImage pixels = ingested.pixels();
            if (pixels.width() != size[0] || pixels.height() != size[1]) {
                throw new ApiException(400, "mask_size_mismatch", "the mask is " + pixels.width() + "×"
                        + pixels.height() + " but the image is " + size[0] + "×" + size[1],
                        Map.of("maskWidth", pixels.width(), "maskHeight", pixels.height(), "imageWidth", size[0],
                                "imageHeight", size[1]));
            }
            mask = Masks.of(pixels);
            maskSha = mask.isEmpty() ? null : ingested.image().sha256();
            mask = mask.isEmpty() ? null : mask;
        }
        if (size != null) {
            try {
                ProgramRunner.validate(interpretation.steps(), size[0], size[1],
                        mask != null ? mask : Mask.all(size[0], size[1]));
            } catch (IllegalArgumentException e) {
                throw unprocessable("not_applicable", e.getMessage(), interpretation);
            }
        }
        long seed = request.seed() != null ? request.seed() : random.nextLong() & Long.MAX_VALUE;
        String program = programJson(interpretation.steps());
        long roundId = queue.enqueue(new RoundQueue.NewRound(sessionId, parentId, user.id(), instruction, program,
                strength, feather, seed, maskSha, models.info().name(), models.info().version()));
        quotas.reserve(user.id(), session.teamId, roundId); // same transaction: over quota, nothing is queued
        session.headRoundId = roundId;
        session.updatedAt = now();
        afterCommit.run(() -> {
            events.publish(RoundEvent.status(sessionId, roundId, "queued"));
            signal.roundQueued();
        });
        return new Submitted(roundId, sessionId, "queued", parse(program));
    }

    @Transactional
    public RoundInfo round(AppUser user, long roundId) {
        EditRound round = rounds.findByIdOptional(roundId).orElseThrow(() -> ApiException.notFound("round"));
        readable(user, round.sessionId);
        return roundInfo(round, users.usernames(List.of(round.authorId)));
    }

    /** Cancels a queued or running round; a finished one answers 409. */
    @Transactional
    public RoundInfo cancel(AppUser user, long roundId) {
        EditRound round = rounds.findByIdOptional(roundId).orElseThrow(() -> ApiException.notFound("round"));
        EditSession session = editable(user, round.sessionId);
        if (!queue.cancel(roundId)) {
            throw ApiException.conflict("round_finished", "round " + roundId + " has already finished ("
                    + rounds.getEntityManager().createQuery("select r.status from EditRound r where r.id = :id",
                            RoundStatus.class).setParameter("id", roundId).getSingleResult().id() + ")");
        }
        List<Long> orphans = queue.failQueuedDescendants(roundId);
        queue.moveHeadOffFailedRound(session.id);
        afterCommit.run(() -> {
            events.publish(RoundEvent.status(session.id, roundId, "canceled"));
            orphans.forEach(id -> events.publish(RoundEvent.parentFailed(session.id, id)));
        });
        rounds.getEntityManager().clear();
        return round(user, roundId);
    }

    /** The round's output image (PNG), or its thumbnail (JPEG). */
    @Transactional
    public ImageData roundImage(AppUser user, long roundId, boolean thumbnail) {
        EditRound round = rounds.findByIdOptional(roundId).orElseThrow(() -> ApiException.notFound("round"));
        readable(user, round.sessionId);
        if (round.outputImage == null) {
            throw ApiException.conflict("round_has_no_image", "round " + roundId + " is " + round.status.id()
                    + (round.status.isFinal() ? " and has no image" : "; its image is not ready yet"));
        }
        return image(round.outputImage, thumbnail);
    }

    /** The session's source image as uploaded, or its thumbnail. */
    @Transactional
    public ImageData sourceImage(AppUser user, long sessionId, boolean thumbnail) {
        return image(readable(user, sessionId).sourceImage, thumbnail);
    }

    /** The image shown now: the head round's output once it has one, else the newest image before it. */
    @Transactional
    public ImageData headImage(AppUser user, long sessionId, boolean thumbnail) {
        return image(shownImage(readable(user, sessionId)), thumbnail);
    }

    /**
     * The queue across all instances, for the admin dashboard; {@code queuedByModel} shows rounds waiting for a model
     * version no worker may run.
     */
    public record QueueStats(long queued, long running, Long averageWaitMs, long succeededLastHour,
            long failedLastHour, Map<String, Long> queuedByModel) {}

    @Transactional
    public QueueStats queueStats() {
        Map<String, Long> queuedByModel = queue.queuedByModel();
        return sql.one("""
                select count(*) filter (where status = 'queued'),
                       count(*) filter (where status = 'running'),
                       round(avg(extract(epoch from started_at - queued_at) * 1000)
                             filter (where started_at > now() - interval '1 hour')),
                       count(*) filter (where status = 'succeeded' and finished_at > now() - interval '1 hour'),
                       count(*) filter (where status = 'failed' and finished_at > now() - interval '1 hour')
                from edit_round
                where status in ('queued', 'running') or finished_at > now() - interval '1 hour'
                   or started_at > now() - interval '1 hour'""",
                r -> new QueueStats(r.getLong(1), r.getLong(2), Sql.nullableLong(r, 3), r.getLong(4),
                        r.getLong(5), queuedByModel)).orElseThrow();
    }

    /** What the model makes of an instruction, for the editor's preview (nothing is stored). */
    public InstructionParser.Interpretation interpret(String instruction) {
        String text = instruction == null ? "" : instruction.strip();
        if (text.length() > InstructionParser.MAX_LENGTH) {
            text = text.substring(0, InstructionParser.MAX_LENGTH);
        }
        return models.interpret(text);
    }

    /** The image the head round started from (its parent's, or the source); empty at the source itself. */
    @Transactional
    public Optional<ImageData> beforeImage(AppUser user, long sessionId, boolean thumbnail) {
        EditSession session = readable(user, sessionId);
        if (session.headRoundId == null) {
            return Optional.empty();
        }
        EditRound head = rounds.findById(session.headRoundId);
        String sha = head.parentRoundId == null ? session.sourceImage : shownImage(session, head.parentRoundId);
        return Optional.of(image(sha, thumbnail));
    }

    /**
     * The image shown now as PNG: a round's output as stored, the uploaded source (a JPEG, say) decoded upright and
     * re-encoded, so that a file named {@code .png} is one.
     */
    @Transactional
    public ImageData headImageAsPng(AppUser user, long sessionId) {
        ImageData shown = headImage(user, sessionId, false);
        if (shown.mediaType().equals(ImageFormat.PNG.mediaType())) {
            return shown;
        }
        return new ImageData(ImageEncoder.png(images.decoder().decode(shown.bytes())), "image/png",
                shown.etag() + "-png");
    }

    /** The image shown now, re-encoded as JPEG at {@code quality} (0..1) for a smaller download. */
    @Transactional
    public ImageData headImageAsJpeg(AppUser user, long sessionId, float quality) {
        ImageData shown = headImage(user, sessionId, false);
        DecodedImage pixels = images.decoder().decode(shown.bytes());
        return new ImageData(ImageEncoder.jpeg(pixels, quality), "image/jpeg", shown.etag() + "-q" + quality);
    }

    /** The whole session as a ZIP: the source, every round's image, and {@code session.json} with the round tree. */
    @Transactional
    public byte[] exportZip(AppUser user, long sessionId) {
        SessionDetails details = details(readable(user, sessionId));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            ImageData source = image(readable(user, sessionId).sourceImage, false);
            zip.putNextEntry(new java.util.zip.ZipEntry("source." + extension(source.mediaType())));
            zip.write(source.bytes());
            for (RoundInfo round : details.rounds()) {
                if ("succeeded".equals(round.status())) {
                    EditRound r = rounds.findById(round.id());
                    zip.putNextEntry(new java.util.zip.ZipEntry("round-" + round.id() + ".png"));
                    zip.write(images.store().bytes(r.outputImage).orElseThrow());
                }
            }
            zip.putNextEntry(new java.util.zip.ZipEntry("session.json"));
            zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(details));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String extension(String mediaType) {
        return mediaType.substring(mediaType.indexOf('/') + 1);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    EditSession readable(AppUser user, long sessionId) {
        return sessions.findByIdOptional(sessionId).filter(s -> access.canRead(user, s))
                .orElseThrow(() -> ApiException.notFound("session"));
    }

    private EditSession editable(AppUser user, long sessionId) {
        EditSession session = readable(user, sessionId);
        if (!access.canEdit(user, session)) {
            throw new ApiException(403, "forbidden", "you may look at this session but not edit it");
        }
        return session;
    }

    private EditSession manageable(AppUser user, long sessionId) {
        EditSession session = readable(user, sessionId);
        if (!access.canManage(user, session)) {
            throw new ApiException(403, "forbidden", "only the session's owner or its team's owners may do this");
        }
        return session;
    }

    /** Width and height of the image a new round on {@code parentId} edits; null while the parent is still running. */
    private int[] inputSize(EditSession session, Long parentId, boolean explicit) {
        if (parentId == null) {
            StoredImage source = images.store().find(session.sourceImage).orElseThrow();
            return new int[] {source.width(), source.height()};
        }
        EditRound parent = rounds.findByIdOptional(parentId).filter(r -> r.sessionId.equals(session.id))
                .orElseThrow(() -> new ApiException(400, "invalid_parent", "round " + parentId
                        + " is not part of this session"));
        if (parent.status == RoundStatus.FAILED || parent.status == RoundStatus.CANCELED) {
            throw ApiException.conflict("parent_failed", "round " + parentId + " " + parent.status.id()
                    + (explicit ? "" : " (it is the head)") + "; edit another round");
        }
        return parent.status == RoundStatus.SUCCEEDED ? new int[] {parent.outputWidth, parent.outputHeight} : null;
    }

    private String shownImage(EditSession session) {
        return shownImage(session, session.headRoundId);
    }

    /** The newest image at or above {@code roundId}: its output, or its nearest ancestor's, or the source. */
    private String shownImage(EditSession session, Long roundId) {
        List<String> shown = sql.query("""
                with recursive up as (
                    select id, parent_round_id, output_image, 0 as depth from edit_round where id = ?
                    union all
                    select r.id, r.parent_round_id, r.output_image, up.depth + 1
                    from edit_round r join up on r.id = up.parent_round_id
                )
                select output_image from up where output_image is not null order by depth limit 1""",
                row -> row.getString(1), roundId);
        return shown.isEmpty() ? session.sourceImage : shown.getFirst();
    }

    private ImageData image(String sha, boolean thumbnail) {
        if (thumbnail) {
            return new ImageData(images.store().thumbnail(sha).orElseThrow(), "image/jpeg", sha + "-thumb");
        }
        StoredImage info = images.store().find(sha).orElseThrow();
        return new ImageData(images.store().bytes(sha).orElseThrow(), info.format().mediaType(), sha);
    }

    private SessionDetails details(EditSession s) {
        List<EditRound> all = rounds.forSession(s.id);
        Set<Long> authors = new HashSet<>();
        authors.add(s.ownerId);
        all.forEach(r -> authors.add(r.authorId));
        Map<Long, String> names = users.usernames(authors);
        StoredImage source = images.store().find(s.sourceImage).orElseThrow();
        return new SessionDetails(s.id, s.title, names.get(s.ownerId), s.teamId, imageInfo(source), s.headRoundId,
                s.createdAt, s.updatedAt, sessionUrl(s.id, false), sessionUrl(s.id, true),
                all.stream().map(r -> roundInfo(r, names)).toList());
    }

    private RoundInfo roundInfo(EditRound r, Map<Long, String> names) {
        boolean hasImage = r.outputImage != null;
        return new RoundInfo(r.id, r.sessionId, r.parentRoundId, names.get(r.authorId), r.instruction,
                parse(r.program), r.strength, r.feather, r.seed, r.status.id(),
                r.errorCode == null ? null : new ErrorInfo(r.errorCode, r.errorMessage),
                r.modelName + "/" + r.modelVersion, r.queuedAt, r.startedAt, r.finishedAt, r.computeMs, r.attempts,
                r.outputWidth, r.outputHeight,
                hasImage ? "/api/v1/rounds/" + r.id + "/image" : null,
                hasImage ? "/api/v1/rounds/" + r.id + "/image?thumbnail=true" : null);
    }

    private static ImageInfo imageInfo(StoredImage i) {
        return new ImageInfo(i.sha256(), i.format().id(), i.width(), i.height(), i.byteSize());
    }

    private static String sessionUrl(long id, boolean thumbnail) {
        return "/api/v1/sessions/" + id + "/image" + (thumbnail ? "?thumbnail=true" : "");
    }

    /**
     * The round a history command leads to from the head (null: the uploaded image). Undo or start over from the
     * upload stays there; nothing to redo is a conflict.
     */
    private Long historyTarget(EditSession session, InstructionParser.History history) {
        Optional<Destination> destination = details(session).after(history);
        if (destination.isEmpty() && history == InstructionParser.History.REDO) {
            throw ApiException.conflict("nothing_to_redo", "there is no later round to redo");
        }
        return destination.map(Destination::roundId).orElse(null);
    }

    private ApiException unprocessable(String code, String message, InstructionParser.Interpretation interpretation) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (interpretation.history() != null) {
            details.put("history", interpretation.history().id());
        }
        details.put("steps", interpretation.steps().stream()
                .map(s -> Map.of("op", s.op(), "params", s.params())).toList());
        details.put("clauses", interpretation.clauses().stream().map(c -> Map.of("text", c.text(), "intent",
                c.intent(), "confidence", Math.round(c.confidence() * 1000) / 1000.0)).toList());
        return new ApiException(422, code, message, Map.of("interpretation", details));
    }

    private String programJson(List<EditStep> steps) {
        try {
            return json.writeValueAsString(steps.stream().map(s -> Map.of("op", s.op(), "params", s.params())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode parse(String program) {
        try {
            return json.readTree(program);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decodeBase64(String data) {
        String payload = data.startsWith("data:") ? data.substring(data.indexOf(',') + 1) : data;
        try {
            return Base64.getMimeDecoder().decode(payload);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "invalid_mask", "mask must be a base64-encoded PNG");
        }
    }

    /** Deletes those of {@code shas} that no session or round uses any more; best effort, after commit. */
    void collectGarbage(Set<String> shas) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                List<String> unused = sql.query("""
                        select s from unnest(?::varchar[]) s
                        where not exists (select 1 from edit_session where source_image = s)
                          and not exists (select 1 from edit_round
                                          where output_image = s or input_image = s or mask_image = s)""",
                        row -> row.getString(1), (Object) shas.toArray(String[]::new));
                images.store().delete(unused);
            });
        } catch (RuntimeException e) {
            LOG.debugf(e, "image garbage collection deferred");
        }
    }

    private static void addIfPresent(Set<String> set, String... values) {
        for (String v : values) {
            if (v != null) {
                set.add(v);
            }
        }
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
