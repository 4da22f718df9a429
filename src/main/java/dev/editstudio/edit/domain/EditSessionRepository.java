package dev.editstudio.edit.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class EditSessionRepository implements PanacheRepository<EditSession> {}
