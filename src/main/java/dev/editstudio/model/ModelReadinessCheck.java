package dev.editstudio.model;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the edit model can run: loaded and warmed up, or its TensorFlow Serving reachable (else: why not). */
@Readiness
@ApplicationScoped
public class ModelReadinessCheck implements HealthCheck {

    private final ModelService models;

    public ModelReadinessCheck(ModelService models) {
        this.models = models;
    }

    @Override
    public HealthCheckResponse call() {
        Optional<String> problem = models.unavailableReason();
        if (problem.isPresent()) {
            return HealthCheckResponse.named("Edit model").down().withData("reason", problem.get()).build();
        }
        ModelInfo info = models.info();
        return HealthCheckResponse.named("Edit model").up()
                .withData("name", info.name()).withData("version", info.version())
                .withData("device", info.device()).withData("ops", String.join(",", info.ops())).build();
    }
}
