package dev.editstudio.model;

import dev.editstudio.base.config.EditStudioConfig;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Holds the loaded edit model and its instruction parser. The model is loaded and warmed up at start, so the first
 * user edit does not pay for loading natives; readiness waits for that.
 */
@ApplicationScoped
@Startup
public class ModelService {

    private static final Logger LOG = Logger.getLogger(ModelService.class);

    private final EditModel model;
    private final InstructionParser parser;

    public ModelService(EditStudioConfig config) {
        long started = System.nanoTime();
        EditStudioConfig.Model settings = config.model();
        this.model = EmbeddedEditModel.load(Path.of(settings.dir()), settings.device(), settings.threads());
        this.parser = new InstructionParser(model);
        warmUp();
        LOG.infof("Edit model %s v%s loaded on %s in %d ms; ops %s", model.info().name(), model.info().version(),
                model.info().device(), (System.nanoTime() - started) / 1_000_000, model.info().ops());
    }

    /** One parse and one tiny edit prove the model is usable (and pay TensorFlow's first-call costs now). */
    private void warmUp() {
        parser.interpret("make it brighter");
        Raster tiny = Raster.rgb(2, 2, new byte[12]);
        model.edit(tiny, Mask.all(2, 2), new EditStep("adjust", Map.of("property", "brightness", "amount", 0.1)), 0);
    }

    public EditModel model() {
        return model;
    }

    public ModelInfo info() {
        return model.info();
    }

    /** What an instruction asks for, as a program; see {@link InstructionParser#interpret}. */
    public InstructionParser.Interpretation interpret(String instruction) {
        return parser.interpret(instruction);
    }

    @PreDestroy
    void close() {
        model.close();
    }
}
