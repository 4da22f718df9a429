package dev.editstudio.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The edit model served by TensorFlow Serving, called over its REST predict API
 * ({@code POST /v1/models/<name>/versions/<v>:predict}, columnar {@code inputs}); the tensor contract is
 * {@link EditModel}'s. The version is pinned to the highest one TensorFlow Serving reports {@code AVAILABLE}, so
 * every call of this instance runs the same model. Calls whose connection fails are retried with doubling pauses;
 * after the last retry the model counts as unavailable (with the reason) until a status check reaches it again.
 */
public final class TfServingEditModel implements EditModel {

    private static final Logger LOG = Logger.getLogger(TfServingEditModel.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory STREAMING = new JsonFactory();
    private static final Duration RECHECK = Duration.ofSeconds(2);
    private static final byte[][] DIGITS = new byte[256][];

    static {
        for (int i = 0; i < 256; i++) {
            DIGITS[i] = Integer.toString(i).getBytes(StandardCharsets.US_ASCII);
        }
    }

    private final URI base;
    private final String name;
    private final Duration timeout;
    private final int retries;
    private final HttpClient http;
    private volatile ModelInfo info;
    /** The pinned version's signature keys, for {@link EditModel#editSignature}. */
    private volatile Set<String> signatures = Set.of();
    private volatile String problem = "not contacted yet";
    private volatile long lastCheck;

    public TfServingEditModel(URI base, String name, Duration connectTimeout, Duration timeout, int retries) {
        String url = base.toString();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.name = name;
        this.timeout = timeout;
        this.retries = Math.max(0, retries);
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public ModelInfo info() {
        ModelInfo known = info;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (info == null) {
                String version = availableVersion();
                signatures = signaturesOf(version);
                JsonNode labels = predict(version, "parse", "{\"clauses\":[\"\"]}").path("labels");
                List<String> intents = new ArrayList<>();
                labels.forEach(l -> intents.add(l.asText()));
                info = ModelInfo.of(name, version, intents, true, "tfserving " + base);
                problem = null;
                LOG.infof("TensorFlow Serving at %s serves %s version %s", base, name, version);
            }
            return info;
        }
    }

    @Override
    public List<Intent> classify(List<String> clauses) {
        if (clauses.isEmpty()) {
            return List.of();
        }
        try {
            String body = "{\"clauses\":" + JSON.writeValueAsString(clauses) + "}";
            JsonNode out = predict(info().version(), "parse", body);
            List<Intent> intents = new ArrayList<>(clauses.size());
            for (int i = 0; i < clauses.size(); i++) {
                intents.add(new Intent(out.path("intent").path(i).asText(), (float) out.path("confidence").path(i)
                        .asDouble()));
            }
            return intents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Raster edit(Raster image, Mask mask, EditStep step, long seed) {
        Raster rgb = image.toRgb();
        StepEncoding.Encoded e = StepEncoding.encode(step, rgb.width(), rgb.height(), mask);
        Json body = new Json(rgb.data().length * 4 + 4096);
        String version = info().version(); // pins the version and learns its signatures on the first call
        String signature = EditModel.editSignature(signatures, e.op());
        body.raw("{\"signature_name\":").string(signature).raw(",\"inputs\":{\"image\":")
                .bytes(rgb.data(), rgb.height(), rgb.width(), 3);
        body.raw(",\"mask\":");
        if (mask.isFull()) {
            body.raw("[[[1]]]"); // a full selection goes over as one value, as with the embedded model
        } else {
            body.plane(mask.alpha(), mask.height(), mask.width());
        }
        body.raw(",\"op\":").string(e.op()).raw(",\"variant\":").string(e.variant());
        body.raw(",\"params\":").vector(e.params());
        body.raw(",\"strength\":").number(e.strength()).raw(",\"seed\":").raw(Long.toString(seed));
        body.raw(",\"overlay\":").plane(e.overlay(), e.overlayHeight(), e.overlayWidth()).raw("}}");
        return imageOf(post(version, signature, body.toBytes()));
    }

    @Override
    public Optional<String> unavailableReason() {
        String now = problem;
        if (now != null && System.nanoTime() - lastCheck > RECHECK.toNanos()) {
            lastCheck = System.nanoTime();
            try {
                if (info == null) {
                    info(); // reaches the server for its status and vocabulary
                } else {
                    availableVersion();
                }
                problem = null;
            } catch (RuntimeException e) {
                problem = e instanceof ModelUnavailableException ? problem : e.getMessage();
            }
        }
        return Optional.ofNullable(problem);
    }

    @Override
    public void close() {
        http.close();
    }

    /** The highest version TensorFlow Serving reports {@code AVAILABLE} (GET {@code /v1/models/<name>}). */
    private String availableVersion() {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("v1/models/" + name)).timeout(timeout).GET().build();
        HttpResponse<byte[]> response = send(request);
        try {
            if (response.statusCode() != 200) {
                throw unavailable("TensorFlow Serving at " + base + " answered " + response.statusCode() + " for model "
                        + name + ": " + errorOf(response.body()));
            }
            long best = -1;
            for (JsonNode v : JSON.readTree(response.body()).path("model_version_status")) {
                if ("AVAILABLE".equals(v.path("state").asText())) {
                    best = Math.max(best, v.path("version").asLong(-1));
                }
            }
            if (best < 0) {
                throw unavailable("TensorFlow Serving at " + base + " has no AVAILABLE version of " + name);
            }
            return Long.toString(best);
        } catch (IOException e) {
            throw unavailable("TensorFlow Serving at " + base + " sent an unreadable model status");
        }
    }

    /**
     * The signature keys of one version ({@code GET …/versions/<v>/metadata}); none when the server does not say,
     * and then every op goes through {@code edit}, which every edit model has.
     */
    private Set<String> signaturesOf(String version) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("v1/models/" + name + "/versions/" + version
                + "/metadata")).timeout(timeout).GET().build();
        HttpResponse<byte[]> response = send(request);
        try {
            if (response.statusCode() == 200) {
                Set<String> keys = new HashSet<>();
                JSON.readTree(response.body()).path("metadata").path("signature_def").path("signature_def")
                        .fieldNames().forEachRemaining(keys::add);
                return Set.copyOf(keys);
            }
        } catch (IOException e) {
            LOG.debugf("Unreadable metadata of %s version %s: %s", name, version, e.getMessage());
        }
        return Set.of();
    }

    private JsonNode predict(String version, String signature, String inputs) {
        byte[] body = ("{\"signature_name\":\"" + signature + "\",\"inputs\":" + inputs + "}")
                .getBytes(StandardCharsets.UTF_8);
        try {
            return JSON.readTree(post(version, signature, body)).path("outputs");
        } catch (IOException e) {
            throw new IllegalStateException("TensorFlow Serving sent an unreadable answer", e);
        }
    }

    private byte[] post(String version, String signature, byte[] body) {
        URI uri = base.resolve("v1/models/" + name + "/versions/" + version + ":predict");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<byte[]> response = send(request);
        int status = response.statusCode();
        if (status == 200) {
            if (problem != null) {
                problem = null;
                LOG.infof("TensorFlow Serving at %s answers again", base);
            }
            return response.body();
        }
        String message = errorOf(response.body());
        if (status == 404) {
            info = null; // the pinned version went away: look again on the next call
            throw unavailable("TensorFlow Serving does not serve " + name + " version " + version + ": " + message);
        }
        if (status >= 400 && status < 500) {
            throw new IllegalArgumentException("the model refused the " + signature + " call: " + message);
        }
        throw new IllegalStateException("TensorFlow Serving failed (" + status + "): " + message);
    }

    /** Sends, retrying when no connection could be made or it broke; a call that took too long is not retried. */
    private HttpResponse<byte[]> send(HttpRequest request) {
        long pause = 200;
        for (int attempt = 0; ; attempt++) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (HttpConnectTimeoutException e) {
                if (attempt >= retries) {
                    throw unavailable("TensorFlow Serving at " + base + " did not accept a connection in time");
                }
            } catch (HttpTimeoutException e) {
                throw new IllegalStateException("TensorFlow Serving did not answer within " + timeout.toSeconds() + " s");
            } catch (IOException e) {
                if (attempt >= retries) {
                    throw unavailable("TensorFlow Serving at " + base + " is unreachable ("
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while calling TensorFlow Serving", e);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while calling TensorFlow Serving", e);
            }
            pause *= 2;
        }
    }

    private ModelUnavailableException unavailable(String reason) {
        if (!reason.equals(problem)) {
            LOG.warn(reason);
        }
        problem = reason;
        lastCheck = System.nanoTime();
        return new ModelUnavailableException(reason);
    }

    private static String errorOf(byte[] body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            return error.isMissingNode() ? new String(body, StandardCharsets.UTF_8) : error.asText();
        } catch (IOException e) {
            return new String(body, 0, Math.min(body.length, 500), StandardCharsets.UTF_8);
        }
    }

    /**
     * Reads {@code {"outputs": [[[r,g,b],...],...]}} without building a tree: the shape comes from the nesting
     * (the length of the first list at each depth), the values go straight into bytes.
     */
    static Raster imageOf(byte[] response) {
        try (JsonParser p = STREAMING.createParser(response)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("TensorFlow Serving sent no JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("outputs")) {
                    return nestedBytes(p);
                }
                p.skipChildren();
            }
            throw new IllegalStateException("TensorFlow Serving's answer has no outputs");
        } catch (IOException e) {
            throw new IllegalStateException("TensorFlow Serving sent an unreadable image", e);
        }
    }

    private static Raster nestedBytes(JsonParser p) throws IOException {
        int[] dims = {-1, -1, -1};
        int[] counts = new int[4];
        int depth = 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        JsonToken t = p.currentToken();
        do {
            if (t == JsonToken.START_ARRAY) {
                if (++depth > 3) {
                    throw new IllegalStateException("the model's image has more than 3 dimensions");
                }
                counts[depth] = 0;
            } else if (t == JsonToken.END_ARRAY) {
                if (dims[depth - 1] < 0) {
                    dims[depth - 1] = counts[depth];
                } else if (dims[depth - 1] != counts[depth]) {
                    throw new IllegalStateException("the model's image is ragged");
                }
                depth--;
                counts[depth]++;
            } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                out.write(p.getIntValue());
                counts[depth]++;
            } else {
                throw new IllegalStateException("unexpected " + t + " in the model's image");
            }
        } while (depth > 0 && (t = p.nextToken()) != null);
        return new Raster(dims[1], dims[0], dims[2], out.toByteArray());
    }

    /** A JSON body written straight into bytes: a 12-megapixel image is 36 M numbers, too many for a tree. */
    static final class Json {
        private final ByteArrayOutputStream out;

        Json(int capacity) {
            out = new ByteArrayOutputStream(capacity);
        }

        Json raw(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Json string(String s) {
            try {
                return raw(JSON.writeValueAsString(s));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Json number(float f) {
            // Float.toString gives the shortest text that reads back as the same float32
            return raw(f == (int) f ? Integer.toString((int) f) : Float.toString(f));
        }

        /** {@code uint8 [h, w, c]} as nested lists. */
        Json bytes(byte[] data, int h, int w, int c) {
            out.write('[');
            for (int y = 0, i = 0; y < h; y++) {
                if (y > 0) {
                    out.write(',');
                }
                out.write('[');
                for (int x = 0; x < w; x++) {
                    if (x > 0) {
                        out.write(',');
                    }
                    out.write('[');
                    for (int k = 0; k < c; k++, i++) {
                        if (k > 0) {
                            out.write(',');
                        }
                        out.writeBytes(DIGITS[data[i] & 0xff]);
                    }
                    out.write(']');
                }
                out.write(']');
            }
            out.write(']');
            return this;
        }

        /** {@code float32 [h, w, 1]} as nested lists. */
        Json plane(float[] data, int h, int w) {
            out.write('[');
            for (int y = 0, i = 0; y < h; y++) {
                if (y > 0) {
                    out.write(',');
                }
                out.write('[');
                for (int x = 0; x < w; x++, i++) {
                    if (x > 0) {
                        out.write(',');
                    }
                    out.write('[');
                    number(data[i]);
                    out.write(']');
                }
                out.write(']');
            }
            out.write(']');
            return this;
        }

        /** {@code float32 [n]}. */
        Json vector(float[] data) {
            out.write('[');
            for (int i = 0; i < data.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                number(data[i]);
            }
            out.write(']');
            return this;
        }

        byte[] toBytes() {
            return out.toByteArray();
        }
    }
}
