package dev.editstudio.model;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the edit model is loaded and has run a warm-up edit. */
@Readiness
@ApplicationScoped
public class ModelReadinessCheck implements HealthCheck {

    private final ModelService models;

    public ModelReadinessCheck(ModelService models) {
        this.models = models;
    }

    @Override
    public HealthCheckResponse call() {
        ModelInfo info = models.info();
        return HealthCheckResponse.named("Edit model").up()
                .withData("name", info.name()).withData("version", info.version())
                .withData("device", info.device()).withData("ops", String.join(",", info.ops())).build();
    }
}
