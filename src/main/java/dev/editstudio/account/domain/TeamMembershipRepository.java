package dev.editstudio.account.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class TeamMembershipRepository implements PanacheRepositoryBase<TeamMembership, TeamMembership.Key> {

    public List<TeamMembership> forUser(long userId) {
        return list("id.userId", userId);
    }
}
