package dev.editstudio.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.NdArrays;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.TensorInfo;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.TString;
import org.tensorflow.types.TUint8;

/**
 * A stand-in for TensorFlow Serving's REST API (no TensorFlow Serving binary can be installed here): model status
 * ({@code GET /v1/models/<name>}), metadata ({@code …/versions/<v>/metadata}, signature keys) and predict ({@code POST /v1/models/<name>[/versions/<v>]:predict}, columnar
 * {@code inputs}), answered by running the real SavedModel through TensorFlow Java, so the client's wire format is
 * exercised for real. It converts JSON to tensors by each signature input's declared dtype, as TensorFlow Serving
 * does, and can be told to answer slowly.
 */
public final class TfServingStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PREDICT = Pattern.compile("/v1/models/([^/:]+)(?:/versions/(\\d+))?:predict");
    private static final Pattern STATUS = Pattern.compile("/v1/models/([^/:]+)");
    private static final Pattern METADATA = Pattern.compile("/v1/models/([^/:]+)/versions/(\\d+)/metadata");

    private final SavedModelBundle bundle;
    private final String name;
    private final String version;
    private final int port;
    private final AtomicInteger predictions = new AtomicInteger();
    private final java.util.Map<String, AtomicInteger> bySignature = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean metadata = true;
    private volatile Duration delay = Duration.ZERO;
    private HttpServer server;

    /** Loads the highest version under {@code modelDir}; {@link #start()} opens the port picked now. */
    public TfServingStandIn(Path modelDir, String name) throws IOException {
        Path versionDir = EmbeddedEditModel.latestVersion(modelDir);
        this.bundle = SavedModelBundle.load(versionDir.toString(), "serve");
        this.name = name;
        this.version = versionDir.getFileName().toString();
        try (ServerSocket free = new ServerSocket(0)) {
            this.port = free.getLocalPort();
        }
    }

    public java.net.URI url() {
        return java.net.URI.create("http://127.0.0.1:" + port);
    }

    public String version() {
        return version;
    }

    public int predictions() {
        return predictions.get();
    }

    /** Predictions through one signature. */
    public int predictions(String signature) {
        AtomicInteger n = bySignature.get(signature);
        return n == null ? 0 : n.get();
    }

    /** Whether the metadata API answers (an older server, or a proxy in front of it, may not). */
    public void answerMetadata(boolean answer) {
        this.metadata = answer;
    }

    public void slowDown(Duration by) {
        this.delay = by;
    }

    public synchronized TfServingStandIn start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/v1/models/", this::handle);
        server.start();
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
        bundle.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Matcher predict = PREDICT.matcher(path);
            Matcher status = STATUS.matcher(path);
            Matcher metadataPath = METADATA.matcher(path);
            if (exchange.getRequestMethod().equals("GET") && metadataPath.matches() && metadata
                    && metadataPath.group(1).equals(name) && metadataPath.group(2).equals(version)) {
                reply(exchange, 200, metadata());
            } else if (exchange.getRequestMethod().equals("POST") && predict.matches()) {
                if (!predict.group(1).equals(name) || (predict.group(2) != null && !predict.group(2).equals(version))) {
                    reply(exchange, 404, error("Servable not found for request: " + path));
                    return;
                }
                if (!delay.isZero()) {
                    Thread.sleep(delay);
                }
                predictions.incrementAndGet();
                JsonNode request = JSON.readTree(exchange.getRequestBody());
                bySignature.computeIfAbsent(request.path("signature_name").asText("serving_default"),
                        k -> new AtomicInteger()).incrementAndGet();
                reply(exchange, 200, predict(request));
            } else if (exchange.getRequestMethod().equals("GET") && status.matches() && status.group(1).equals(name)) {
                reply(exchange, 200, ("{\"model_version_status\":[{\"version\":\"" + version
                        + "\",\"state\":\"AVAILABLE\",\"status\":{\"error_code\":\"OK\",\"error_message\":\"\"}}]}")
                        .getBytes(StandardCharsets.UTF_8));
            } else {
                reply(exchange, 404, error("Servable not found for request: " + path));
            }
        } catch (RuntimeException e) {
            reply(exchange, 400, error(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code {"model_spec": …, "metadata": {"signature_def": {"signature_def": {<key>: {…}}}}}}, keys and methods. */
    private byte[] metadata() throws IOException {
        var defs = JSON.createObjectNode();
        bundle.signatures().forEach(signature -> defs.putObject(signature.key()).put("method_name",
                signature.methodName()));
        var root = JSON.createObjectNode();
        root.putObject("model_spec").put("name", name).put("version", version);
        root.putObject("metadata").putObject("signature_def").set("signature_def", defs);
        return JSON.writeValueAsBytes(root);
    }

    private byte[] predict(JsonNode request) throws IOException {
        String signature = request.path("signature_name").asText("serving_default");
        var def = bundle.metaGraphDef().getSignatureDefMap().get(signature);
        if (def == null) {
            throw new IllegalArgumentException("Serving signature name: \"" + signature + "\" not found in signature def");
        }
        Map<String, Tensor> feeds = new HashMap<>();
        try {
            for (Map.Entry<String, TensorInfo> input : def.getInputsMap().entrySet()) {
                JsonNode value = request.path("inputs").path(input.getKey());
                if (value.isMissingNode()) {
                    throw new IllegalArgumentException("input " + input.getKey() + " missing");
                }
                feeds.put(input.getKey(), tensor(value, input.getValue().getDtype()));
            }
            try (Result result = bundle.function(signature).call(feeds)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
                    g.writeStartObject();
                    g.writeFieldName("outputs");
                    List<String> names = new ArrayList<>(def.getOutputsMap().keySet());
                    if (names.size() == 1) {
                        write(g, result.get(names.getFirst()).orElseThrow());
                    } else {
                        g.writeStartObject();
                        for (String output : names) {
                            g.writeFieldName(output);
                            write(g, result.get(output).orElseThrow());
                        }
                        g.writeEndObject();
                    }
                    g.writeEndObject();
                }
                return out.toByteArray();
            }
        } finally {
            feeds.values().forEach(Tensor::close);
        }
    }

    /** A JSON value (nested lists or a scalar) as a tensor of the signature's dtype. */
    private static Tensor tensor(JsonNode value, DataType dtype) {
        List<Long> dims = new ArrayList<>();
        for (JsonNode n = value; n.isArray(); n = n.path(0)) {
            dims.add((long) n.size());
        }
        List<JsonNode> leaves = new ArrayList<>();
        flatten(value, leaves);
        Shape shape = Shape.of(dims.stream().mapToLong(Long::longValue).toArray());
        if (shape.size() != leaves.size()) {
            throw new IllegalArgumentException("ragged input");
        }
        return switch (dtype) {
            case DT_UINT8 -> {
                byte[] b = new byte[leaves.size()];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) leaves.get(i).asInt();
                }
                yield TUint8.tensorOf(shape, DataBuffers.of(b, true, false));
            }
            case DT_FLOAT -> {
                float[] f = new float[leaves.size()];
                for (int i = 0; i < f.length; i++) {
                    f[i] = (float) leaves.get(i).asDouble();
                }
                yield TFloat32.tensorOf(shape, DataBuffers.of(f, true, false));
            }
            case DT_INT64 -> {
                long[] l = new long[leaves.size()];
                for (int i = 0; i < l.length; i++) {
                    l[i] = leaves.get(i).asLong();
                }
                yield TInt64.tensorOf(shape, DataBuffers.of(l, true, false));
            }
            case DT_STRING -> TString.tensorOf(NdArrays.wrap(shape,
                    DataBuffers.ofObjects(leaves.stream().map(JsonNode::asText).toArray(String[]::new))));
            default -> throw new IllegalArgumentException("dtype " + dtype + " not supported by the stand-in");
        };
    }

    private static void flatten(JsonNode n, List<JsonNode> leaves) {
        if (n.isArray()) {
            n.forEach(c -> flatten(c, leaves));
        } else {
            leaves.add(n);
        }
    }

    private static void write(JsonGenerator g, Tensor t) throws IOException {
        long[] dims = t.shape().asArray();
        write(g, t, dims, 0, new long[dims.length]);
    }

    private static void write(JsonGenerator g, Tensor t, long[] dims, int depth, long[] at) throws IOException {
        if (depth == dims.length) {
            switch (t) {
                case TUint8 b -> g.writeNumber(b.getByte(at) & 0xff);
                case TFloat32 f -> g.writeNumber(f.getFloat(at));
                case TInt64 l -> g.writeNumber(l.getLong(at));
                case TString s -> g.writeString(s.getObject(at));
                default -> throw new IllegalArgumentException("output type " + t.dataType());
            }
            return;
        }
        g.writeStartArray();
        for (long i = 0; i < dims[depth]; i++) {
            at[depth] = i;
            write(g, t, dims, depth + 1, at);
        }
        g.writeEndArray();
    }

    private static byte[] error(String message) {
        try {
            return JSON.writeValueAsBytes(Map.of("error", message == null ? "error" : message));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
