package io.wirestream.enrichment.link;

import io.wirestream.enrichment.link.Transliterator.Model;
import io.wirestream.enrichment.link.Transliterator.Script;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Learns the {@link Transliterator} models from name-word pair files ({@code id lang name type}, two rows per
 * id: {@code en} and the foreign word) by expectation-maximization over all monotone alignments, starting
 * from co-occurrence counts. Pairs are split by a hash of their id: 5% test, 5% dev (picks the decision
 * threshold), the rest train (capped, in file order, to keep the run short). Deterministic: the same files
 * give the same model, byte for byte, on the same JVM.
 */
final class TransliterationTrainer {

    static final int TEST_BUCKET = 0;
    static final int DEV_BUCKET = 1;
    static final int BUCKETS = 20;
    static final double MIN_PROBABILITY = 1e-5;

    record Pair(String id, String foreign, String latin) {}

    /** Held-out figures of one model. */
    record Evaluation(
            Script script,
            int trainPairs,
            int testPairs,
            double top1,
            int candidates,
            int queries,
            double pairAccuracy,
            double threshold,
            int ops) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%-8s train %6d  test %5d  top-1 among %d: %.3f (%d queries)  "
                            + "same-name decision accuracy %.3f at threshold %.3f  ops %d",
                    Transliterator.label(script),
                    trainPairs,
                    testPairs,
                    candidates,
                    top1,
                    queries,
                    pairAccuracy,
                    threshold,
                    ops);
        }
    }

    private TransliterationTrainer() {}

    static int bucket(String id) {
        return Math.floorMod(id.hashCode(), BUCKETS);
    }

    static List<Pair> readPairs(Path tsv, String foreignLang) throws IOException {
        Map<String, String[]> byId = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 3 || f[0].equals("id")) {
                continue;
            }
            String[] pair = byId.computeIfAbsent(f[0], k -> new String[2]);
            if (f[1].equals("en")) {
                pair[1] = f[2];
            } else if (f[1].equals(foreignLang)) {
                pair[0] = f[2];
            }
        }
        List<Pair> out = new ArrayList<>(byId.size());
        for (Map.Entry<String, String[]> e : byId.entrySet()) {
            if (e.getValue()[0] != null && e.getValue()[1] != null) {
                out.add(new Pair(e.getKey(), e.getValue()[0], e.getValue()[1]));
            }
        }
        return out;
    }

    /** A pair as letter arrays, or null when it cannot be a transliteration the model can learn from. */
    private static Object[] letters(Pair pair, Script script, int maxOut) {
        int[] f = Transliterator.foreignLetters(pair.foreign(), script);
        byte[] e = Transliterator.latinLetters(pair.latin());
        if (f.length == 0
                || e.length == 0
                || f.length > 20
                || e.length > 30
                || e.length > f.length * maxOut + 2 * Transliterator.MAX_INSERT
                || f.length > 3 * e.length + 2) {
            return null;
        }
        return new Object[] {f, e};
    }

    static Model train(Script script, List<Pair> pairs, int maxOut, int iterations, int maxPairs) {
        List<int[]> fs = new ArrayList<>();
        List<byte[]> es = new ArrayList<>();
        for (Pair pair : pairs) {
            if (fs.size() >= maxPairs) {
                break;
            }
            Object[] l = letters(pair, script, maxOut);
            if (l != null) {
                fs.add((int[]) l[0]);
                es.add((byte[]) l[1]);
            }
        }
        OpTable counts = new OpTable(1 << 16);
        for (int p = 0; p < fs.size(); p++) {
            enumerate(fs.get(p), es.get(p), maxOut, null, null, 0, counts, null);
        }
        OpTable theta = normalize(counts, 0.0);
        double[][] alpha = new double[21][31];
        double[][] beta = new double[21][31];
        for (int it = 0; it < iterations; it++) {
            OpTable expected = new OpTable(theta.size());
            for (int p = 0; p < fs.size(); p++) {
                int[] f = fs.get(p);
                byte[] e = es.get(p);
                double total = Transliterator.forward(f, e, theta, maxOut, alpha);
                if (!(total > 0)) {
                    continue;
                }
                backward(f, e, theta, maxOut, beta);
                enumerate(f, e, maxOut, alpha, beta, total, expected, theta);
            }
            theta = normalize(expected, MIN_PROBABILITY);
        }
        OpTable foreign = new OpTable(256);
        OpTable latin = new OpTable(32);
        double nf = 0;
        double nl = 0;
        for (int p = 0; p < fs.size(); p++) {
            for (int c : fs.get(p)) {
                foreign.add(c, 1);
                nf++;
            }
            for (byte c : es.get(p)) {
                latin.add('a' + c - 1, 1);
                nl++;
            }
        }
        toLog(foreign, nf);
        toLog(latin, nl);
        return new Model(maxOut, theta, foreign, latin, 0.0);
    }

    private static void toLog(OpTable table, double total) {
        for (long k : table.keys()) {
            table.put(k, Math.log((table.get(k, 0) + 1) / (total + table.size())));
        }
    }

    private static OpTable normalize(OpTable counts, double floor) {
        double total = 0;
        long[] keys = counts.keys();
        Arrays.sort(keys);
        for (long k : keys) {
            total += counts.get(k, 0);
        }
        OpTable out = new OpTable(keys.length);
        double kept = 0;
        for (long k : keys) {
            double p = counts.get(k, 0) / total;
            if (p >= floor) {
                out.put(k, p);
                kept += p;
            }
        }
        for (long k : out.keys()) {
            out.put(k, out.get(k, 0) / kept);
        }
        return out;
    }

    private static void backward(int[] f, byte[] e, OpTable ops, int maxOut, double[][] beta) {
        int n = f.length;
        int m = e.length;
        for (int i = n; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                double v = (i == n && j == m) ? 1.0 : 0.0;
                long code = 0;
                for (int k = 1; k <= Transliterator.MAX_INSERT && j + k <= m; k++) {
                    code += e[j + k - 1] * Transliterator.pow27(k - 1);
                    v += ops.get(Transliterator.op(-1, code), 0.0) * beta[i][j + k];
                }
                if (i < n) {
                    int c = f[i];
                    v += ops.get(Transliterator.op(c, 0), 0.0) * beta[i + 1][j];
                    code = 0;
                    for (int k = 1; k <= maxOut && j + k <= m; k++) {
                        code += e[j + k - 1] * Transliterator.pow27(k - 1);
                        v += ops.get(Transliterator.op(c, code), 0.0) * beta[i + 1][j + k];
                    }
                }
                beta[i][j] = v;
            }
        }
    }

    /** Adds each edge's count: 1 (co-occurrence, when {@code theta} is null) or its posterior probability. */
    private static void enumerate(
            int[] f,
            byte[] e,
            int maxOut,
            double[][] alpha,
            double[][] beta,
            double total,
            OpTable out,
            OpTable theta) {
        boolean cooccurrence = theta == null;
        int n = f.length;
        int m = e.length;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                double a = cooccurrence ? 1.0 : alpha[i][j];
                if (a == 0.0) {
                    continue;
                }
                long code = 0;
                for (int k = 1; k <= Transliterator.MAX_INSERT && j + k <= m; k++) {
                    code += e[j + k - 1] * Transliterator.pow27(k - 1);
                    edge(out, Transliterator.op(-1, code), a, cooccurrence ? 1.0 : beta[i][j + k], total, theta);
                }
                if (i < n) {
                    edge(out, Transliterator.op(f[i], 0), a, cooccurrence ? 1.0 : beta[i + 1][j], total, theta);
                    code = 0;
                    for (int k = 1; k <= maxOut && j + k <= m; k++) {
                        code += e[j + k - 1] * Transliterator.pow27(k - 1);
                        edge(
                                out,
                                Transliterator.op(f[i], code),
                                a,
                                cooccurrence ? 1.0 : beta[i + 1][j + k],
                                total,
                                theta);
                    }
                }
            }
        }
    }

    private static void edge(OpTable out, long op, double alpha, double beta, double total, OpTable theta) {
        if (theta == null) {
            out.add(op, 1.0);
            return;
        }
        double p = theta.get(op, 0.0);
        if (p > 0 && beta > 0) {
            out.add(op, alpha * p * beta / total);
        }
    }

    /** Picks the threshold on dev pairs and measures top-1 retrieval and same-name decisions on test pairs. */
    static Evaluation evaluate(
            Script script,
            Model model,
            int trainPairs,
            List<Pair> dev,
            List<Pair> test,
            int candidates,
            int maxQueries) {
        double threshold = bestThreshold(model, script, dev);
        Model tuned = new Model(model.maxOut(), model.ops(), model.foreign(), model.latin(), threshold);
        List<int[]> fs = new ArrayList<>();
        List<byte[]> es = new ArrayList<>();
        for (Pair pair : test) {
            Object[] l = letters(pair, script, model.maxOut());
            if (l != null) {
                fs.add((int[]) l[0]);
                es.add((byte[]) l[1]);
            }
        }
        int pool = Math.min(candidates, es.size());
        int queries = Math.min(pool, maxQueries);
        int correct = 0;
        for (int q = 0; q < queries; q++) {
            double best = Double.NEGATIVE_INFINITY;
            int bestIndex = -1;
            for (int c = 0; c < pool; c++) {
                double s = Transliterator.score(tuned, fs.get(q), es.get(c));
                if (s > best) {
                    best = s;
                    bestIndex = c;
                }
            }
            if (bestIndex >= 0 && Arrays.equals(es.get(bestIndex), es.get(q))) {
                correct++;
            }
        }
        int right = 0;
        int n = fs.size();
        for (int p = 0; p < n; p++) {
            byte[] other = es.get((p + n / 2) % n);
            right += Transliterator.score(tuned, fs.get(p), es.get(p)) >= threshold ? 1 : 0;
            right += Arrays.equals(other, es.get(p)) || Transliterator.score(tuned, fs.get(p), other) < threshold
                    ? 1
                    : 0;
        }
        return new Evaluation(
                script,
                trainPairs,
                n,
                queries == 0 ? 0 : (double) correct / queries,
                pool,
                queries,
                n == 0 ? 0 : right / (2.0 * n),
                threshold,
                model.ops().size());
    }

    private static double bestThreshold(Model model, Script script, List<Pair> dev) {
        List<double[]> scored = new ArrayList<>(); // {score, 1 = same name}
        List<Object[]> rows = new ArrayList<>();
        for (Pair pair : dev) {
            Object[] l = letters(pair, script, model.maxOut());
            if (l != null) {
                rows.add(l);
            }
        }
        int n = rows.size();
        for (int p = 0; p < n; p++) {
            int[] f = (int[]) rows.get(p)[0];
            scored.add(new double[] {Transliterator.score(model, f, (byte[]) rows.get(p)[1]), 1});
            scored.add(new double[] {Transliterator.score(model, f, (byte[]) rows.get((p + n / 2) % n)[1]), 0});
        }
        scored.sort((x, y) -> Double.compare(x[0], y[0]));
        int positivesBelow = 0;
        int negativesBelow = 0;
        int best = -1;
        double threshold = 0;
        for (int i = 0; i < scored.size(); i++) {
            // threshold just above scored[i]: everything up to i is "different"
            if (scored.get(i)[1] == 1) {
                positivesBelow++;
            } else {
                negativesBelow++;
            }
            int right = negativesBelow + (n - positivesBelow);
            if (right > best && i + 1 < scored.size() && Double.isFinite(scored.get(i + 1)[0])) {
                best = right;
                threshold = (Math.max(scored.get(i)[0], -50) + scored.get(i + 1)[0]) / 2;
            }
        }
        return Math.round(threshold * 1000) / 1000.0;
    }

    /** Writes the models as sorted TSV rows (see {@link Transliterator#read}). */
    static void write(Map<Script, Model> models, Writer out) throws IOException {
        out.write("# Wirestream transliteration models: script, row kind, fields; log probabilities (natural).\n");
        out.write(
                "# Learned from Wikidata person-name word pairs (CC0) by io.wirestream.enrichment.link.BuildKnowledgeBase.\n");
        for (Map.Entry<Script, Model> e : new TreeMap<>(models).entrySet()) {
            String s = e.getKey().name();
            Model m = e.getValue();
            out.write(s + "\tmax\t" + m.maxOut() + "\n");
            out.write(s + "\tthreshold\t" + String.format(Locale.ROOT, "%.3f", m.threshold()) + "\n");
            long[] ops = m.ops().keys();
            Arrays.sort(ops);
            for (long op : ops) {
                int f = Transliterator.opForeign(op);
                out.write(s + "\top\t" + (f < 0 ? "" : new String(Character.toChars(f))) + "\t"
                        + Transliterator.opLatin(op) + "\t"
                        + String.format(Locale.ROOT, "%.4f", Math.log(m.ops().get(op, 0))) + "\n");
            }
            long[] fk = m.foreign().keys();
            Arrays.sort(fk);
            for (long c : fk) {
                out.write(s + "\tforeign\t" + new String(Character.toChars((int) c)) + "\t"
                        + String.format(Locale.ROOT, "%.4f", m.foreign().get(c, 0)) + "\n");
            }
            long[] lk = m.latin().keys();
            Arrays.sort(lk);
            for (long c : lk) {
                out.write(s + "\tlatin\t" + (char) c + "\t"
                        + String.format(Locale.ROOT, "%.4f", m.latin().get(c, 0)) + "\n");
            }
        }
    }
}
