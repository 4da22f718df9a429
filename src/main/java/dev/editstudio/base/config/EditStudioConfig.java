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

    /**
     * What this instance does ({@code EDITSTUDIO_ROLE}): {@code all} (UI, API and edit workers; one machine),
     * {@code web} (UI and API; queues edits for workers elsewhere) or {@code worker} (runs queued edits; answers only
     * {@code /q/*}: health and metrics). Any number of each share one PostgreSQL.
     */
    @WithDefault("all")
    Role role();

    /** The roles of {@link #role()}. */
    enum Role {
        ALL, WEB, WORKER;

        /** Whether this instance runs edit workers. */
        public boolean runsWorkers() {
            return this != WEB;
        }

        /** Whether this instance serves the UI and the API. */
        public boolean servesUsers() {
            return this != WORKER;
        }
    }

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

    /** Limits on uploaded images, checked before anything is decoded. */
    Image image();

    /** The edit queue and its workers. */
    Queue queue();

    /** Quotas. */
    Quotas quota();

    interface Quotas {
        /**
         * Time zone of quota days and months ({@code EDITSTUDIO_QUOTA_TIME_ZONE}, e.g. {@code Europe/Berlin}); the
         * daily edit count resets at its midnight, the monthly compute time on the first of its months.
         */
        @WithDefault("UTC")
        @WithName("time-zone")
        String timeZone();

        /** The quota of users without one of their own; unset values are unlimited. */
        Defaults defaults();

        interface Defaults {
            /** Edits per day ({@code EDITSTUDIO_QUOTA_DEFAULTS_EDITS_PER_DAY}). */
            @WithName("edits-per-day")
            Optional<Integer> editsPerDay();

            /** Compute seconds per month ({@code EDITSTUDIO_QUOTA_DEFAULTS_COMPUTE_SECONDS_PER_MONTH}). */
            @WithName("compute-seconds-per-month")
            Optional<Long> computeSecondsPerMonth();

            /** Bytes of stored images ({@code EDITSTUDIO_QUOTA_DEFAULTS_STORAGE_BYTES}). */
            @WithName("storage-bytes")
            Optional<Long> storageBytes();
        }
    }

    interface Image {
        /** Largest accepted image in pixels (width × height), read from the header ({@code EDITSTUDIO_IMAGE_MAX_PIXELS}). */
        @WithDefault("40000000")
        @WithName("max-pixels")
        long maxPixels();

        /** Largest accepted image file in bytes ({@code EDITSTUDIO_IMAGE_MAX_BYTES}; 25 MB). */
        @WithDefault("26214400")
        @WithName("max-bytes")
        int maxBytes();

        /** Longest side of thumbnails in pixels. */
        @WithDefault("256")
        @WithName("thumbnail-size")
        int thumbnailSize();
    }

    interface Queue {
        /**
         * Edit workers in this process ({@code EDITSTUDIO_QUEUE_WORKERS}); 0 runs none (a web-only instance). Each
         * runs one round at a time, the model using all cores for it, so one or two per CPU socket is right.
         */
        @WithDefault("2")
        int workers();

        /**
         * How long a claimed round stays with its worker without a heartbeat; a round whose lease ran out (its
         * process died) goes back to the queue. Workers renew it every third of this.
         */
        @WithDefault("30s")
        Duration lease();

        /** Attempts a round gets when the process running it dies; after that it fails with {@code worker_lost}. */
        @WithDefault("3")
        @WithName("max-attempts")
        int maxAttempts();

        /** How often an idle worker looks for rounds queued by other instances (its own wake it at once). */
        @WithDefault("1s")
        @WithName("poll-interval")
        Duration pollInterval();

        /** Memory for decoded images kept between rounds (the next round starts from the last output), in MiB. */
        @WithDefault("512")
        @WithName("cache-mb")
        int cacheMb();

        /** How long {@code POST /api/v1/edit} waits for its result before answering 504. */
        @WithDefault("2m")
        @WithName("sync-timeout")
        Duration syncTimeout();
    }

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

        /**
         * Where the model runs ({@code EDITSTUDIO_MODEL_BACKEND}): {@code embedded} (TensorFlow Java in this process,
         * from {@link #dir()}) or {@code tfserving} (TensorFlow Serving's REST API serving the same model directory;
         * see {@link #tfserving()}).
         */
        @WithDefault("embedded")
        Backend backend();

        /** The backends of {@link #backend()}. */
        enum Backend {
            EMBEDDED, TFSERVING
        }

        /** TensorFlow Serving, for {@code backend = tfserving}. */
        TfServing tfserving();

        interface TfServing {
            /**
             * Base URL of TensorFlow Serving's REST API ({@code EDITSTUDIO_MODEL_TFSERVING_URL}, e.g.
             * {@code http://tfserving:8501}); required for the {@code tfserving} backend.
             */
            Optional<java.net.URI> url();

            /** Model name TensorFlow Serving serves it under ({@code EDITSTUDIO_MODEL_TFSERVING_MODEL}). */
            @WithDefault("instruct-edit")
            String model();

            /** How long to wait for a connection ({@code EDITSTUDIO_MODEL_TFSERVING_CONNECT_TIMEOUT}). */
            @WithDefault("5s")
            @WithName("connect-timeout")
            Duration connectTimeout();

            /** How long one predict call may take before it is abandoned ({@code EDITSTUDIO_MODEL_TFSERVING_TIMEOUT}). */
            @WithDefault("120s")
            Duration timeout();

            /** Retries of a call whose connection failed, with doubling pauses from 200 ms ({@code …_RETRIES}). */
            @WithDefault("3")
            int retries();
        }
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
