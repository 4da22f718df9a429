package dev.editstudio.model.build;

import com.google.protobuf.CodedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.tensorflow.Graph;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.NdArrays;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.proto.SavedModel;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.TString;

/**
 * Builds {@code models/instruct-edit/<version>/}, a SavedModel in TensorFlow Serving's layout, from code: generates
 * the instruction corpus, featurises it with the model's own graph, trains the clause classifier, and exports the
 * {@code parse} and {@code edit} signatures. Deterministic, no downloads. Run with {@code bin/build-model}.
 */
public final class ModelBuilder {

    public static final String NAME = "instruct-edit";
    public static final int VERSION = 18;
    static final long SEED = 20261200L;
    static final int EPOCHS = 12;
    /**
     * Classifiers in the parse ensemble, each trained on its own corpus (seed {@code SEED + k}); their probabilities
     * are averaged. One classifier's mistakes on unseen phrasings change from seed to seed, so several together are
     * right more often than any one: on 1,949 probe items no corpus change was tuned for, ensembles of three scored
     * 1,917-1,919 where single classifiers scored 1,892-1,913; on 2,810 items with v11's corpus, two ensembles of
     * five scored 2,783 and 2,784 where two of three scored 2,781 and 2,778 (models/instruct-edit/HISTORY.md).
     */
    static final int MEMBERS = 5;

    private ModelBuilder() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "models/" + NAME);
        Path target = root.resolve(Integer.toString(VERSION));
        build(target);
        System.out.println("Exported " + target.toAbsolutePath());
        // the signature dump for models/instruct-edit/README.md, read back from what was written
        try (SavedModelBundle bundle = SavedModelBundle.load(target.toString(), SavedModelBundle.DEFAULT_TAG)) {
            bundle.signatures().stream().sorted(Comparator.comparing(Signature::key))
                    .forEach(signature -> System.out.println(signature));
        }
    }

    public static void build(Path target) throws IOException {
        List<String> labels = null;
        List<ParseGraph.Member> members = new ArrayList<>();
        for (int k = 0; k < MEMBERS; k++) {
            List<IntentCorpus.Example> corpus = IntentCorpus.generate(SEED + k);
            List<String> these = labels(corpus);
            if (labels != null && !labels.equals(these)) {
                throw new IllegalStateException("corpus " + k + " has other intents: " + these);
            }
            labels = these;
            System.out.printf("Member %d: corpus of %d clauses, %d intents%n", k, corpus.size(), labels.size());
            members.add(train(corpus, labels, SEED + k));
        }
        export(target, members, labels);
    }

    /** One classifier of the ensemble, trained on one corpus. */
    private static ParseGraph.Member train(List<IntentCorpus.Example> corpus, List<String> labels, long seed) {
        List<long[]> features = featurize(corpus.stream().map(IntentCorpus.Example::text).toList());
        // every tenth example is held out to report how well the classifier does on phrasings it did not see; the
        // vocabulary comes from the rest only, so held-out clauses meet unknown features as users' phrasings do
        List<long[]> train = new ArrayList<>();
        List<Integer> trainLabels = new ArrayList<>();
        List<long[]> heldOut = new ArrayList<>();
        List<Integer> heldOutLabels = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            int label = labels.indexOf(corpus.get(i).label());
            (i % 10 == 7 ? heldOut : train).add(features.get(i));
            (i % 10 == 7 ? heldOutLabels : trainLabels).add(label);
        }
        ParseGraph.Vocabulary vocabulary = ParseGraph.Vocabulary.of(train);
        System.out.printf("Vocabulary: %d features%n", vocabulary.size());
        IntentTrainer.Weights weights = IntentTrainer.train(train.stream().map(vocabulary::rows).toList(),
                trainLabels.stream().mapToInt(Integer::intValue).toArray(), labels.size(), vocabulary.size(), EPOCHS,
                seed);
        int right = 0;
        for (int i = 0; i < heldOut.size(); i++) {
            right += IntentTrainer.predict(weights, vocabulary.rows(heldOut.get(i))) == heldOutLabels.get(i) ? 1 : 0;
        }
        System.out.printf("Held-out clause accuracy: %.4f (%d/%d)%n", (double) right / heldOut.size(), right,
                heldOut.size());
        return new ParseGraph.Member(weights, vocabulary);
    }

    /** "none" first, then the rest sorted: a stable vocabulary. */
    static List<String> labels(List<IntentCorpus.Example> corpus) {
        TreeSet<String> set = new TreeSet<>();
        corpus.forEach(e -> set.add(e.label()));
        set.remove("none");
        List<String> labels = new ArrayList<>();
        labels.add("none");
        labels.addAll(set);
        return labels;
    }

    /** Runs the parse graph's featuriser over the texts, so training sees exactly what serving computes. */
    static List<long[]> featurize(List<String> texts) {
        List<long[]> out = new ArrayList<>(texts.size());
        try (Graph graph = new Graph(); Session session = new Session(graph)) {
            Ops tf = Ops.create(graph);
            var input = tf.placeholder(TString.class, Placeholder.shape(Shape.of(-1)));
            ParseGraph.Features f = ParseGraph.features(tf, input);
            int batch = 2000;
            for (int from = 0; from < texts.size(); from += batch) {
                List<String> slice = texts.subList(from, Math.min(texts.size(), from + batch));
                try (TString in = TString.tensorOf(NdArrays.vectorOfObjects(slice.toArray(String[]::new)));
                        var result = session.runner().feed(input, in).fetch(f.ids()).fetch(f.rows()).run()) {
                    TInt64 ids = (TInt64) result.get(0);
                    TInt64 rows = (TInt64) result.get(1);
                    List<List<Long>> perRow = new ArrayList<>();
                    for (int i = 0; i < slice.size(); i++) {
                        perRow.add(new ArrayList<>());
                    }
                    for (long k = 0; k < ids.shape().size(); k++) {
                        perRow.get((int) rows.getLong(k)).add(ids.getLong(k));
                    }
                    perRow.forEach(r -> out.add(r.stream().mapToLong(Long::longValue).toArray()));
                }
            }
        }
        return out;
    }

    static void export(Path target, List<ParseGraph.Member> members, List<String> labels) throws IOException {
        deleteRecursively(target);
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            List<Signature> edit = EditGraph.build(tf.withSubScope("edit"));
            Ops parseScope = tf.withSubScope("parse");
            List<ParseGraph.Weights> vars = new ArrayList<>();
            for (int k = 0; k < members.size(); k++) {
                vars.add(ParseGraph.Weights.declare(parseScope.withSubScope("member" + k), labels.size(),
                        members.get(k).vocabulary().size()));
            }
            Signature parse = ParseGraph.signature(parseScope, vars, members, labels);
            try (Session session = new Session(graph)) {
                for (int k = 0; k < members.size(); k++) {
                    IntentTrainer.Weights weights = members.get(k).weights();
                    ParseGraph.Weights v = vars.get(k);
                    assign(tf, session, v.embedding(), weights.embedding(), members.get(k).vocabulary().size(),
                            ParseGraph.DIM);
                    assign(tf, session, v.w1(), weights.w1(), ParseGraph.DIM, ParseGraph.HIDDEN);
                    assign(tf, session, v.b1(), weights.b1(), ParseGraph.HIDDEN);
                    assign(tf, session, v.w2(), weights.w2(), ParseGraph.HIDDEN, labels.size());
                    assign(tf, session, v.b2(), weights.b2(), labels.size());
                }
                SavedModelBundle.exporter(target.toString()).withSession(session).withSignatures(parse)
                        .withSignatures(edit.toArray(Signature[]::new)).export();
            }
        }
        writeDeterministically(target.resolve("saved_model.pb"));
    }

    /**
     * Rewrites the exported graph with map entries (node attributes) sorted by key: protobuf writes them in hash
     * order, so without this two builds of the same model differ in bytes and a rebuild shows as a change in git.
     */
    private static void writeDeterministically(Path savedModel) throws IOException {
        SavedModel message = SavedModel.parseFrom(Files.readAllBytes(savedModel));
        byte[] bytes = new byte[message.getSerializedSize()];
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        out.useDeterministicSerialization();
        message.writeTo(out);
        out.checkNoSpaceLeft();
        Files.write(savedModel, bytes);
    }

    /** Sets a variable from Java values through a placeholder, so the values live in the checkpoint only. */
    private static void assign(Ops tf, Session session, Variable<TFloat32> variable, float[] values, long... shape) {
        var value = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(shape)));
        var assign = tf.assign(variable, value);
        try (TFloat32 t = TFloat32.tensorOf(Shape.of(shape), DataBuffers.of(values, true, false))) {
            session.runner().feed(value, t).addTarget(assign).run();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
