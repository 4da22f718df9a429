package dev.editstudio.account.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepository<ApiToken> {

    public Optional<ApiToken> findActiveByHash(byte[] hash) {
        return find("tokenHash = ?1 and revokedAt is null", (Object) hash).firstResultOptional();
    }

    public List<ApiToken> forUser(long userId) {
        return list("userId = ?1 order by createdAt desc", userId);
    }
}
