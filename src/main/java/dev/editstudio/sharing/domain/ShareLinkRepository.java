package dev.editstudio.sharing.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ShareLinkRepository implements PanacheRepository<ShareLink> {

    public Optional<ShareLink> findByHash(byte[] hash) {
        return find("tokenHash", (Object) hash).firstResultOptional();
    }

    public List<ShareLink> forSession(long sessionId) {
        return list("sessionId = ?1 order by createdAt desc", sessionId);
    }
}
