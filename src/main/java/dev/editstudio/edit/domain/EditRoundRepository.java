package dev.editstudio.edit.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class EditRoundRepository implements PanacheRepository<EditRound> {

    public List<EditRound> forSession(long sessionId) {
        return list("sessionId = ?1 order by id", sessionId);
    }
}
