package dev.editstudio.sharing;

import dev.editstudio.base.error.ApiException;
import dev.editstudio.base.security.AppUser;
import dev.editstudio.base.security.Secrets;
import dev.editstudio.edit.EditService;
import dev.editstudio.edit.EditViews.ImageData;
import dev.editstudio.edit.EditViews.SessionDetails;
import dev.editstudio.sharing.domain.ShareLink;
import dev.editstudio.sharing.domain.ShareLinkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Public read-only links. A token carries 256 random bits, is shown once and stored as SHA-256; revoked, expired,
 * malformed and unknown tokens all take the same path (hash, one indexed lookup) and end in the same 404.
 */
@ApplicationScoped
public class SharingService {

    /** Tokens start with this, so they are recognisable in logs and chats. */
    static final String TOKEN_PREFIX = "esl_";
    private static final int MAX_LINKS_PER_SESSION = 100;

    private final ShareLinkRepository links;
    private final EditService edits;

    public SharingService(ShareLinkRepository links, EditService edits) {
        this.links = links;
        this.edits = edits;
    }

    /** A link just created: the only time its token is available. */
    public record CreatedLink(long id, String url, String token, Long roundId, OffsetDateTime expiresAt) {}

    /** A link as listed (never the token). */
    public record LinkInfo(long id, String prefix, Long roundId, OffsetDateTime createdAt, OffsetDateTime expiresAt,
            OffsetDateTime revokedAt, boolean active) {}

    /** What a valid token opens. */
    public record Grant(long sessionId, Long roundId) {}

    @Transactional
    public CreatedLink create(AppUser user, long sessionId, Long roundId, OffsetDateTime expiresAt) {
        edits.checkManageable(user, sessionId);
        OffsetDateTime now = now();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new ApiException(400, "expiry_in_past", "expiresAt must be in the future");
        }
        if (roundId != null && !edits.hasImage(sessionId, roundId)) {
            throw new ApiException(400, "invalid_round", "round " + roundId + " is not a finished round of this session");
        }
        if (links.count("sessionId = ?1 and revokedAt is null", sessionId) >= MAX_LINKS_PER_SESSION) {
            throw ApiException.conflict("too_many_links", "revoke a link first: at most " + MAX_LINKS_PER_SESSION);
        }
        String token = TOKEN_PREFIX + Secrets.randomToken(32);
        ShareLink link = new ShareLink();
        link.sessionId = sessionId;
        link.roundId = roundId;
        link.createdBy = user.id();
        link.tokenHash = Secrets.sha256(token);
        link.prefix = token.substring(0, 10);
        link.expiresAt = expiresAt;
        links.persistAndFlush(link);
        return new CreatedLink(link.id, "/s/" + token, token, roundId, expiresAt);
    }

    @Transactional
    public List<LinkInfo> list(AppUser user, long sessionId) {
        edits.checkManageable(user, sessionId);
        OffsetDateTime now = now();
        return links.forSession(sessionId).stream().map(l -> new LinkInfo(l.id, l.prefix, l.roundId, l.createdAt,
                l.expiresAt, l.revokedAt, l.isActive(now))).toList();
    }

    /** Revokes a link; only those who may manage its session can, everyone else gets 404. */
    @Transactional
    public void revoke(AppUser user, long linkId) {
        ShareLink link = links.findByIdOptional(linkId).orElseThrow(() -> ApiException.notFound("link"));
        try {
            edits.checkManageable(user, link.sessionId);
        } catch (ApiException e) {
            throw ApiException.notFound("link");
        }
        if (link.revokedAt == null) {
            link.revokedAt = now();
        }
    }

    /** The grant of an active link; empty for anything else, always after the same hash and lookup. */
    @Transactional
    public Optional<Grant> resolve(String token) {
        byte[] hash = Secrets.sha256(token == null ? "" : token);
        OffsetDateTime now = now();
        return links.findByHash(hash).filter(l -> l.isActive(now)).map(l -> new Grant(l.sessionId, l.roundId));
    }

    /** What a link shows, with what it grants. */
    public record Shared(Grant grant, SessionDetails session) {}

    public Shared view(String token) {
        Grant grant = resolve(token).orElseThrow(() -> ApiException.notFound("link"));
        return new Shared(grant, edits.sharedView(grant.sessionId(), grant.roundId()));
    }

    /** An image of a link: {@code round} null = the one shown, 0 = the source (session links only). */
    public ImageData image(String token, Long round, boolean thumbnail) {
        Grant grant = resolve(token).orElseThrow(() -> ApiException.notFound("link"));
        return edits.sharedImage(grant.sessionId(), grant.roundId(), round, thumbnail);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
