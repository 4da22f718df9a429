package dev.editstudio.model;

import dev.editstudio.base.config.EditStudioConfig;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Holds the edit model of the configured backend and its instruction parser. An embedded model is loaded and
 * warmed up at start, so the first user edit does not pay for loading natives; readiness waits for that. A model
 * behind TensorFlow Serving that cannot be reached at start does not stop the app: readiness says why, edits wait
 * in the queue, and the first call that reaches it picks it up.
 */
@ApplicationScoped
@Startup
public class ModelService {

    private static final Logger LOG = Logger.getLogger(ModelService.class);

    private final EditModel model;
    private final InstructionParser parser;

    public ModelService(EditStudioConfig config) {
        long started = System.nanoTime();
        this.model = open(config.model());
        this.parser = new InstructionParser(model);
        try {
            warmUp();
            LOG.infof("Edit model %s v%s on %s ready in %d ms; ops %s", model.info().name(), model.info().version(),
                    model.info().device(), (System.nanoTime() - started) / 1_000_000, model.info().ops());
        } catch (ModelUnavailableException e) {
            LOG.warnf("%s; edits wait until it is reachable", e.getMessage());
        }
    }

    /**
     * The configured backend; a setting that cannot work (no model directory, no TensorFlow Serving URL) stops the
     * start with a message that names the setting.
     */
    static EditModel open(EditStudioConfig.Model settings) {
        return switch (settings.backend()) {
            case EMBEDDED -> EmbeddedEditModel.load(Path.of(settings.dir()), settings.device(), settings.threads());
            case TFSERVING -> {
                EditStudioConfig.Model.TfServing tf = settings.tfserving();
                var url = tf.url().filter(u -> u.getScheme() != null && u.getScheme().startsWith("http")
                        && u.getHost() != null).orElseThrow(() -> new IllegalStateException(
                        "EDITSTUDIO_MODEL_BACKEND=tfserving needs EDITSTUDIO_MODEL_TFSERVING_URL, the http(s) URL of "
                                + "TensorFlow Serving's REST API (such as http://tfserving:8501)"));
                yield new TfServingEditModel(url, tf.model(), tf.connectTimeout(), tf.timeout(), tf.retries());
            }
        };
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

    /**
     * Name, version and ops of the model.
     *
     * @throws ModelUnavailableException a remote model not reached yet
     */
    public ModelInfo info() {
        return model.info();
    }

    /** Why the model cannot run now, or empty when it can. */
    public Optional<String> unavailableReason() {
        return model.unavailableReason();
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
