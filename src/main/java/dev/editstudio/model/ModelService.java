package dev.editstudio.model;

import dev.editstudio.base.config.EditStudioConfig;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Holds the loaded edit model. It is loaded and warmed up at start, so the first user edit does not pay for
 * loading natives; readiness waits for that.
 */
@ApplicationScoped
@Startup
public class ModelService {

    private static final Logger LOG = Logger.getLogger(ModelService.class);

    private final EditModel model;

    public ModelService(EditStudioConfig config) {
        long started = System.nanoTime();
        EditStudioConfig.Model settings = config.model();
        this.model = EmbeddedEditModel.load(Path.of(settings.dir()), settings.device(), settings.threads());
        warmUp();
        LOG.infof("Edit model %s v%s loaded on %s in %d ms; ops %s", model.info().name(), model.info().version(),
                model.info().device(), (System.nanoTime() - started) / 1_000_000, model.info().ops());
    }

    /** One tiny edit through every loaded signature family proves the model is usable. */
    private void warmUp() {
        RgbImage tiny = new RgbImage(2, 2, new byte[12]);
        if (model.info().ops().contains("adjust")) {
            model.edit(tiny, Mask.all(2, 2), new EditStep("adjust", Map.of("property", "brightness", "amount", 0.1)));
        }
    }

    public EditModel model() {
        return model;
    }

    public ModelInfo info() {
        return model.info();
    }

    @PreDestroy
    void close() {
        model.close();
    }
}
