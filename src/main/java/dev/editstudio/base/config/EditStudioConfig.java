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

    /** The edit model. */
    Model model();

    interface Model {
        /**
         * Directory of the model in TensorFlow Serving's layout ({@code <dir>/<version>/saved_model.pb}); the
         * highest version is loaded ({@code EDITSTUDIO_MODEL_DIR}).
         */
        @WithDefault("models/instruct-edit")
        String dir();

        /**
         * {@code cpu} or {@code gpu} ({@code EDITSTUDIO_MODEL_DEVICE}). {@code gpu} needs the app built with the
         * {@code gpu} Maven profile (the {@code linux-x86_64-gpu} native) and CUDA 12 + cuDNN 9 on the library
         * path; without a GPU TensorFlow falls back to the CPU.
         */
        @WithDefault("cpu")
        String device();

        /** Threads one edit may use on the CPU; 0 = one per core ({@code EDITSTUDIO_MODEL_THREADS}). */
        @WithDefault("0")
        int threads();
    }

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
