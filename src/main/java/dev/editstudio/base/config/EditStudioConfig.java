package dev.editstudio.base.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

/**
 * Typed configuration of EditStudio. Every key is settable as an environment variable
 * ({@code editstudio.admin.username} is {@code EDITSTUDIO_ADMIN_USERNAME}).
 */
@ConfigMapping(prefix = "editstudio")
public interface EditStudioConfig {

    /** Directory for the embedded PostgreSQL cluster and other local state ({@code EDITSTUDIO_DATA_DIR}). */
    @WithDefault("./data")
    String dataDir();

    /** The embedded PostgreSQL (used only when {@code QUARKUS_DATASOURCE_JDBC_URL} is not set). */
    Db db();

    /** The first administrator, created when the database holds no user yet. */
    Admin admin();

    /** Login throttling per username. */
    Login login();

    interface Db {
        /** Start the embedded PostgreSQL when no external database is configured ({@code EDITSTUDIO_DB_EMBEDDED}). */
        @WithDefault("true")
        boolean embedded();

        /** Wipe the embedded cluster at start and run it without fsync: for tests only. */
        @WithDefault("false")
        boolean ephemeral();
    }

    interface Admin {
        /** Username of the first administrator ({@code EDITSTUDIO_ADMIN_USERNAME}). */
        @WithDefault("admin")
        String username();

        /**
         * Password of the first administrator ({@code EDITSTUDIO_ADMIN_PASSWORD}); when unset a random one
         * is generated and printed once in the log.
         */
        Optional<String> password();
    }

    interface Login {
        /** Failed logins for one username within {@link #window()} after which it is locked. */
        @WithDefault("10")
        @WithName("max-failures")
        int maxFailures();

        /** The window failures are counted in, and how long a lock lasts. */
        @WithDefault("5m")
        Duration window();
    }
}
