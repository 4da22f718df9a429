package dev.editstudio.account.domain;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;

/** The log of failed logins per (lower-cased) username; shared by all app instances through the database. */
@ApplicationScoped
public class LoginFailureRepository {

    public void record(String usernameKey) {
        Panache.getEntityManager()
                .createNativeQuery("insert into login_failure (username_key) values (?1)")
                .setParameter(1, usernameKey).executeUpdate();
    }

    /** The newest {@code limit} failures since {@code since}, newest first. */
    @SuppressWarnings("unchecked")
    public List<OffsetDateTime> recent(String usernameKey, OffsetDateTime since, int limit) {
        return Panache.getEntityManager()
                .createNativeQuery("select failed_at from login_failure where username_key = ?1 and failed_at > ?2"
                        + " order by failed_at desc limit ?3", OffsetDateTime.class)
                .setParameter(1, usernameKey).setParameter(2, since).setParameter(3, limit)
                .getResultList();
    }

    public void clear(String usernameKey) {
        Panache.getEntityManager().createNativeQuery("delete from login_failure where username_key = ?1")
                .setParameter(1, usernameKey).executeUpdate();
    }

    public int purgeOlderThan(OffsetDateTime cutoff) {
        return Panache.getEntityManager().createNativeQuery("delete from login_failure where failed_at < ?1")
                .setParameter(1, cutoff).executeUpdate();
    }
}
