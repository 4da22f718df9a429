package dev.editstudio.model.build;

import java.util.List;
import java.util.Random;

/**
 * Trains the clause classifier of {@link ParseGraph} (embedding bag, sum over √n → ReLU layer → softmax) by plain stochastic
 * gradient descent with a linearly decaying learning rate, one example at a time, single-threaded: the same corpus
 * and seed give the same weights, bit for bit.
 */
final class IntentTrainer {

    /** Row-major weights, shaped as in {@link ParseGraph.Weights}. */
    record Weights(float[] embedding, float[] w1, float[] b1, float[] w2, float[] b2, int classes) {}

    private final int dim = ParseGraph.DIM;
    private final int hidden = ParseGraph.HIDDEN;
    private final int classes;
    private final float[] emb;
    private final float[] w1;
    private final float[] b1;
    private final float[] w2;
    private final float[] b2;

    private IntentTrainer(int classes, int vocabulary, Random random) {
        this.classes = classes;
        emb = new float[vocabulary * dim];
        for (int i = 0; i < emb.length; i++) {
            emb[i] = (random.nextFloat() * 2 - 1) * 0.1f;
        }
        w1 = new float[dim * hidden];
        float scale1 = (float) Math.sqrt(6.0 / (dim + hidden));
        for (int i = 0; i < w1.length; i++) {
            w1[i] = (random.nextFloat() * 2 - 1) * scale1;
        }
        b1 = new float[hidden];
        java.util.Arrays.fill(b1, 0.01f);
        w2 = new float[hidden * classes];
        float scale2 = (float) Math.sqrt(6.0 / (hidden + classes));
        for (int i = 0; i < w2.length; i++) {
            w2[i] = (random.nextFloat() * 2 - 1) * scale2;
        }
        b2 = new float[classes];
    }

    /** {@code features}: each clause's vocabulary rows (0 .. {@code vocabulary} - 1). */
    static Weights train(List<int[]> features, int[] labels, int classes, int vocabulary, int epochs, long seed) {
        Random random = new Random(seed);
        IntentTrainer t = new IntentTrainer(classes, vocabulary, random);
        int n = features.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        long total = (long) epochs * n;
        long step = 0;
        float lr0 = 0.05f;
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            double loss = 0;
            for (int k = 0; k < n; k++) {
                float lr = lr0 * (1f - (float) step++ / total) + 1e-4f;
                loss += t.step(features.get(order[k]), labels[order[k]], lr);
            }
            System.out.printf("  epoch %d: mean loss %.4f%n", epoch + 1, loss / n);
        }
        return new Weights(t.emb, t.w1, t.b1, t.w2, t.b2, classes);
    }

    /** One SGD step on one example; returns its cross-entropy loss before the update. */
    private double step(int[] ids, int label, float lr) {
        float inv = (float) (1.0 / Math.sqrt(Math.max(1, ids.length)));
        float[] e = embed(ids, inv);
        float[] h = hidden(e);
        float[] p = softmax(h);
        double loss = -Math.log(Math.max(p[label], 1e-12f));
        float[] dz = p;
        dz[label] -= 1f;
        float[] dh = new float[hidden];
        for (int j = 0; j < hidden; j++) {
            if (h[j] > 0f) {
                float s = 0f;
                for (int c = 0; c < classes; c++) {
                    s += w2[j * classes + c] * dz[c];
                }
                dh[j] = s;
            }
        }
        for (int j = 0; j < hidden; j++) {
            for (int c = 0; c < classes; c++) {
                w2[j * classes + c] -= lr * h[j] * dz[c];
            }
        }
        for (int c = 0; c < classes; c++) {
            b2[c] -= lr * dz[c];
        }
        float[] de = new float[dim];
        for (int d = 0; d < dim; d++) {
            float s = 0f;
            for (int j = 0; j < hidden; j++) {
                s += w1[d * hidden + j] * dh[j];
                w1[d * hidden + j] -= lr * e[d] * dh[j];
            }
            de[d] = s;
        }
        for (int j = 0; j < hidden; j++) {
            b1[j] -= lr * dh[j];
        }
        float embLr = lr * inv;
        for (int id : ids) {
            for (int d = 0; d < dim; d++) {
                emb[id * dim + d] -= embLr * de[d];
            }
        }
        return loss;
    }

    private float[] softmax(float[] h) {
        float[] z = new float[classes];
        float max = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            float s = b2[c];
            for (int j = 0; j < hidden; j++) {
                s += h[j] * w2[j * classes + c];
            }
            z[c] = s;
            max = Math.max(max, s);
        }
        float sum = 0f;
        for (int c = 0; c < classes; c++) {
            z[c] = (float) Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < classes; c++) {
            z[c] /= sum;
        }
        return z;
    }

    /** The clause vector: embedding rows summed, scaled by {@code inv} = 1/√n. */
    private float[] embed(int[] ids, float inv) {
        float[] e = new float[dim];
        for (int id : ids) {
            for (int d = 0; d < dim; d++) {
                e[d] += emb[id * dim + d];
            }
        }
        for (int d = 0; d < dim; d++) {
            e[d] *= inv;
        }
        return e;
    }

    private float[] hidden(float[] e) {
        float[] h = new float[hidden];
        for (int j = 0; j < hidden; j++) {
            float s = b1[j];
            for (int d = 0; d < dim; d++) {
                s += e[d] * w1[d * hidden + j];
            }
            h[j] = Math.max(0f, s);
        }
        return h;
    }

    /** Predicted class of one example with trained weights (for the builder's report). */
    static int predict(Weights w, int[] ids) {
        IntentTrainer view = new IntentTrainer(w);
        float[] p = view.softmax(view.hidden(view.embed(ids, (float) (1.0 / Math.sqrt(Math.max(1, ids.length))))));
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    private IntentTrainer(Weights w) {
        this.classes = w.classes();
        this.emb = w.embedding();
        this.w1 = w.w1();
        this.b1 = w.b1();
        this.w2 = w.w2();
        this.b2 = w.b2();
    }
}
