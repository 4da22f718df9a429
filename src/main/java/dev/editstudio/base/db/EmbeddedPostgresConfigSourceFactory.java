package dev.editstudio.base.db;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the datasource of the embedded PostgreSQL when no external database is configured.
 *
 * <p>Runs for {@code java -jar}, {@code @QuarkusTest} and dev mode alike. It is also called while the
 * application is built, so it only acts at runtime. Setting {@code QUARKUS_DATASOURCE_JDBC_URL} skips it:
 * that is the production path with an external PostgreSQL.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT && ExecutionMode.current() != ExecutionMode.RUNNING) {
            return List.of();
        }
        ConfigValue external = context.getValue(JDBC_URL);
        if (external != null && external.getValue() != null && !external.getValue().isBlank()) {
            return List.of();
        }
        boolean enabled = !"false".equalsIgnoreCase(value(context, "editstudio.db.embedded", "true"));
        if (!enabled) {
            return List.of();
        }
        Path dataDir = Path.of(value(context, "editstudio.data-dir", "./data")).toAbsolutePath().normalize();
        boolean ephemeral = "true".equalsIgnoreCase(value(context, "editstudio.db.ephemeral", "false"));
        EmbeddedDatabase.Connection db = EmbeddedDatabase.start(dataDir.resolve("postgres"), ephemeral);
        return List.of(new PropertiesConfigSource(Map.of(
                JDBC_URL, db.jdbcUrl(),
                "quarkus.datasource.username", db.username(),
                "quarkus.datasource.password", db.password()), "editstudio-embedded-postgres", 275));
    }

    private static String value(ConfigSourceContext context, String name, String fallback) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null ? fallback : value.getValue();
    }
}
