package dev.editstudio.model.build;

import dev.editstudio.model.Colors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.tensorflow.Operand;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.NdArrays;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.strings.Lower;
import org.tensorflow.op.strings.StringNGrams;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.TString;

/**
 * The {@code parse} signature: a fastText-style classifier of instruction clauses into intents, featurised inside
 * the graph so any TensorFlow client gets the same answer from raw text.
 *
 * <p>Features of a clause: lower-cased (Unicode), digit runs collapsed to {@code 0}, a sign before a number to the
 * word {@code plus} or {@code minus}, other punctuation to spaces; then
 * words and word bigrams, and character 1- to 3-grams over the whole clause with {@code _} for spaces (the
 * character n-grams carry Chinese, which has no spaces, and make typos cheap); every English colour word also adds
 * {@code c:colour}, one feature shared by all of them. Each feature is fingerprinted to 64 bits and looked up in the
 * vocabulary of features the training corpus has: a feature it never saw (a new word, a typo's odd trigram) counts
 * for nothing, where a hashing trick would hand it the weights of whatever else shares its bucket. The clause vector
 * is the sum of the known features' embeddings over √n, followed by one ReLU layer and a softmax over the intents.
 */
final class ParseGraph {

    static final int DIM = 32;
    static final int HIDDEN = 64;
    /** One word of an English colour name, as {@link Colors} knows them ("greenish", "reds" too). */
    private static final String COLOUR_WORD = "(" + Colors.englishNames().stream()
            .flatMap(name -> Arrays.stream(name.split("[ -]"))).distinct().sorted() // "blue-green" is read as two words
            .collect(Collectors.joining("|")) + ")(ish|s)?";

    /** Features of a batch of clauses: {@code ids[k]} (a fingerprint or a vocabulary row) is of clause {@code rows[k]}. */
    record Features(Operand<TInt64> ids, Operand<TInt64> rows, Operand<TInt64> count) {}

    private ParseGraph() {}

    static Features features(Ops tf, Operand<TString> clauses) {
        Operand<TString> s = tf.strings.lower(clauses, Lower.encoding("utf-8"));
        s = tf.strings.regexReplace(s, tf.constant("[0-9]+([.][0-9]+)?"), tf.constant("0"));
        // a sign before a number is a direction ("exposure +0.5", "亮度-20"), so it becomes a word before the punctuation
        // goes; not between two numbers ("10-20%") nor inside words ("t-shirt")
        s = tf.strings.regexReplace(s, tf.constant("(^|[^0-9\\s]|[^0-9]\\s+)\\+\\s?0"), tf.constant("\\1 plus 0"));
        s = tf.strings.regexReplace(s, tf.constant("(^|[^0-9\\s]|[^0-9]\\s+)-\\s?0"), tf.constant("\\1 minus 0"));
        s = tf.strings.regexReplace(s, tf.constant("[^\\p{L}\\p{N}%]+"), tf.constant(" "));
        s = tf.strings.strip(s);
        Operand<TInt64> n = tf.size(clauses, TInt64.class);

        var words = tf.strings.stringSplit(s, tf.constant(" "));
        Operand<TInt64> wordRows = firstColumn(tf, words.indices());
        Operand<TInt64> wordSplits = splits(tf, wordRows, n);
        Operand<TString> wordFeatures = tf.strings.join(List.of(tf.constant("w:"), words.values()));
        StringNGrams<TInt64> bigrams = tf.strings.stringNGrams(words.values(), wordSplits, " ", List.of(2L), "", "", 0L,
                false);
        Operand<TString> bigramFeatures = tf.strings.join(List.of(tf.constant("b:"), bigrams.ngrams()));

        Operand<TString> spaced = tf.strings.regexReplace(
                tf.strings.join(List.of(tf.constant("_"), tf.strings.regexReplace(s, tf.constant(" "), tf.constant("_")),
                        tf.constant("_"))),
                tf.constant("(.)"), tf.constant("\\1 "));
        var chars = tf.strings.stringSplit(spaced, tf.constant(" "));
        Operand<TInt64> charSplits = splits(tf, firstColumn(tf, chars.indices()), n);
        StringNGrams<TInt64> charGrams = tf.strings.stringNGrams(chars.values(), charSplits, "", List.of(1L, 2L, 3L),
                "", "", 0L, false);

        // every English colour word also adds the feature "c:colour": the corpus pairs a phrasing with only some of
        // the names, and "make her dress purple" should read like any other "make X <colour>"
        Operand<TInt64> colourAt = tf.reshape(tf.where(tf.strings.regexFullMatch(words.values(),
                tf.constant(COLOUR_WORD))), tf.constant(new long[] {-1}));
        Operand<TString> colourFeatures = tf.fill(tf.shape(colourAt), tf.constant("c:colour"));

        List<Operand<TString>> all = new ArrayList<>(List.of(wordFeatures, bigramFeatures, charGrams.ngrams(),
                colourFeatures));
        List<Operand<TInt64>> rows = List.of(wordRows, rowsOf(tf, bigrams.ngramsSplits(), bigrams.ngrams()),
                rowsOf(tf, charGrams.ngramsSplits(), charGrams.ngrams()), tf.gather(wordRows, colourAt, tf.constant(0)));
        Operand<TString> features = tf.concat(all, tf.constant(0));
        Operand<TInt64> ids = tf.strings.toHashBucketFast(features, Long.MAX_VALUE);
        return new Features(ids, tf.concat(rows, tf.constant(0)), n);
    }

    /**
     * Fingerprints to rows of {@code vocabulary} (sorted, distinct); features not in it are dropped. Does in the
     * graph what {@link Vocabulary#rows} does in Java for training.
     */
    static Features lookUp(Ops tf, Features f, long[] vocabulary) {
        Operand<TInt64> known = tf.constant(vocabulary);
        Operand<TInt64> at = tf.reshape(tf.lowerBound(tf.reshape(known, tf.constant(new long[] {1, -1})),
                tf.reshape(f.ids(), tf.constant(new long[] {1, -1})), TInt64.class), tf.constant(new long[] {-1}));
        at = tf.math.minimum(at, tf.constant((long) vocabulary.length - 1));
        Operand<TInt64> hits = tf.reshape(tf.where(tf.math.equal(tf.gather(known, at, tf.constant(0)), f.ids())),
                tf.constant(new long[] {-1}));
        return new Features(tf.gather(at, hits, tf.constant(0)), tf.gather(f.rows(), hits, tf.constant(0)), f.count());
    }

    /** The sorted, distinct feature fingerprints of the training clauses; a fingerprint's index is its embedding row. */
    record Vocabulary(long[] fingerprints) {

        static Vocabulary of(List<long[]> clauses) {
            return new Vocabulary(clauses.stream().flatMapToLong(Arrays::stream).sorted().distinct().toArray());
        }

        int size() {
            return fingerprints.length;
        }

        /** The vocabulary rows of a clause's fingerprints, unknown ones left out. */
        int[] rows(long[] clause) {
            return Arrays.stream(clause).mapToInt(h -> Arrays.binarySearch(fingerprints, h))
                    .filter(i -> i >= 0).toArray();
        }
    }

    private static Operand<TInt64> firstColumn(Ops tf, Operand<TInt64> indices) {
        return tf.reshape(tf.slice(indices, tf.constant(new long[] {0, 0}), tf.constant(new long[] {-1, 1})),
                tf.constant(new long[] {-1}));
    }

    /** Row ids (sorted) to ragged row splits {@code [0, end_0, end_1, ...]}. */
    private static Operand<TInt64> splits(Ops tf, Operand<TInt64> rows, Operand<TInt64> n) {
        Operand<TInt64> counts = tf.math.unsortedSegmentSum(tf.onesLike(rows), rows, n);
        return tf.concat(List.of(tf.constant(new long[] {0}), tf.math.cumsum(counts, tf.constant(0))), tf.constant(0));
    }

    /** Ragged row splits to the row id of each value. */
    private static Operand<TInt64> rowsOf(Ops tf, Operand<TInt64> splits, Operand<TString> values) {
        Operand<TInt64> ends = tf.reshape(tf.slice(splits, tf.constant(new long[] {1}), tf.constant(new long[] {-1})),
                tf.constant(new long[] {1, -1}));
        Operand<TInt64> positions = tf.reshape(tf.range(tf.constant(0L), tf.size(values, TInt64.class), tf.constant(1L)),
                tf.constant(new long[] {1, -1}));
        return tf.reshape(tf.upperBound(ends, positions, TInt64.class), tf.constant(new long[] {-1}));
    }

    /** The trained weights as graph variables (assigned once from the trainer, then saved as a checkpoint). */
    record Weights(Variable<TFloat32> embedding, Variable<TFloat32> w1, Variable<TFloat32> b1, Variable<TFloat32> w2,
            Variable<TFloat32> b2) {

        static Weights declare(Ops tf, int labels, int vocabulary) {
            return new Weights(
                    tf.withName("embedding").variable(Shape.of(vocabulary, DIM), TFloat32.class),
                    tf.withName("hidden_w").variable(Shape.of(DIM, HIDDEN), TFloat32.class),
                    tf.withName("hidden_b").variable(Shape.of(HIDDEN), TFloat32.class),
                    tf.withName("logits_w").variable(Shape.of(HIDDEN, labels), TFloat32.class),
                    tf.withName("logits_b").variable(Shape.of(labels), TFloat32.class));
        }
    }

    /** One trained classifier: its weights and the vocabulary its embedding rows follow. */
    record Member(IntentTrainer.Weights weights, Vocabulary vocabulary) {}

    /** The parse signature: the members' probabilities averaged ({@code weights} declared for each member). */
    static Signature signature(Ops tf, List<Weights> weights, List<Member> members, List<String> labels) {
        var clauses = tf.withName("clauses").placeholder(TString.class, Placeholder.shape(Shape.of(-1)));
        Features features = features(tf, clauses);
        List<Operand<TFloat32>> each = new ArrayList<>();
        for (int k = 0; k < members.size(); k++) {
            each.add(probabilities(tf, weights.get(k), lookUp(tf, features, members.get(k).vocabulary().fingerprints())));
        }
        Operand<TFloat32> probabilities = tf.math.div(tf.math.addN(each), tf.constant((float) each.size()));
        Operand<TInt64> best = tf.math.argMax(probabilities, tf.constant(1));
        Operand<TString> names = tf.constant(NdArrays.vectorOfObjects(labels.toArray(String[]::new)));
        return Signature.builder().key("parse").methodName(EditGraph.SERVING)
                .input("clauses", clauses)
                .output("intent", tf.withName("intent").gather(names, best, tf.constant(0)))
                .output("confidence", tf.withName("confidence").reduceMax(probabilities, tf.constant(1)))
                .output("probabilities", tf.withName("probabilities").identity(probabilities))
                .output("labels", tf.withName("labels").identity(names))
                .build();
    }

    /** Embedding bag over √n, ReLU layer, softmax. */
    private static Operand<TFloat32> probabilities(Ops tf, Weights weights, Features f) {
        Operand<TFloat32> vectors = tf.gather(weights.embedding(), f.ids(), tf.constant(0));
        Operand<TFloat32> sums = tf.math.unsortedSegmentSum(vectors, f.rows(), f.count());
        Operand<TFloat32> counts = tf.math.unsortedSegmentSum(tf.onesLike(tf.dtypes.cast(f.rows(), TFloat32.class)),
                f.rows(), f.count());
        Operand<TFloat32> mean = tf.math.mul(sums,
                tf.reshape(tf.math.rsqrt(tf.math.maximum(counts, tf.constant(1f))), tf.constant(new long[] {-1, 1})));
        Operand<TFloat32> hidden = tf.nn.relu(tf.math.add(tf.linalg.matMul(mean, weights.w1()), weights.b1()));
        Operand<TFloat32> logits = tf.math.add(tf.linalg.matMul(hidden, weights.w2()), weights.b2());
        return tf.nn.softmax(logits);
    }
}
