package io.wirestream.enrichment.ner;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Trains a {@link NerModel}: word clusters from unlabeled text, a lexicon with capitalization statistics and
 * gazetteer flags, then an averaged structured perceptron (Collins 2002) over hashed features with constrained
 * Viterbi. Everything is single-threaded with fixed seeds and fixed iteration orders, so the same inputs give a
 * byte-identical model. Not thread-safe; use one per training run.
 */
public final class NerTrainer {

    /** Gazetteer flags for {@link #train}'s {@code gazetteer} map. */
    public static final int FIRST_NAME = Lexicon.GAZ_FIRST_NAME;
    public static final int LAST_NAME = Lexicon.GAZ_LAST_NAME;
    public static final int NAME_TOKEN = Lexicon.GAZ_NAME_TOKEN;
    public static final int COUNTRY = Lexicon.GAZ_COUNTRY;
    public static final int COUNTRY_PART = Lexicon.GAZ_COUNTRY_PART;

    private static final List<String> TYPE_ORDER = List.of("PER", "LOC", "ORG", "MISC");

    /**
     * @param language       ISO 639-1 code; selects Arabic/Hebrew proclitic features and base forms
     * @param bilou          BILOU rather than BIO labels
     * @param epochs         perceptron passes over the training data
     * @param seed           shuffling seed
     * @param fineClusters   classes of the fine clustering (at most 1022)
     * @param coarseClusters classes of the coarse clustering (at most 62)
     * @param clusterPasses  exchange-algorithm passes
     * @param minWordCount   words rarer than this in the unlabeled text get no cluster
     * @param prune          weight rows whose largest quantized weight is below this are dropped
     */
    public record Config(String language, boolean bilou, int epochs, long seed, int fineClusters, int coarseClusters,
            int clusterPasses, int minWordCount, int prune, float cost) {

        public static Config defaults(String language) {
            return new Config(language, false, 12, 20261103L, 256, 48, 12, 2, 2, 0f);
        }

        /** Loss-augmented training: during training every wrong label scores {@code cost} more (missed entities twice). */
        public Config withCost(float c) {
            return new Config(language, bilou, epochs, seed, fineClusters, coarseClusters, clusterPasses, minWordCount, prune, c);
        }

        public Config withEpochs(int n) {
            return new Config(language, bilou, n, seed, fineClusters, coarseClusters, clusterPasses, minWordCount, prune, cost);
        }

        public Config withBilou(boolean b) {
            return new Config(language, b, epochs, seed, fineClusters, coarseClusters, clusterPasses, minWordCount, prune, cost);
        }

        public Config withClusters(int fine, int coarse, int passes) {
            return new Config(language, bilou, epochs, seed, fine, coarse, passes, minWordCount, prune, cost);
        }

        public Config withPrune(int p) {
            return new Config(language, bilou, epochs, seed, fineClusters, coarseClusters, clusterPasses, minWordCount, p, cost);
        }
    }

    private final Config config;
    private final PrintWriter log;

    public NerTrainer(Config config, PrintWriter log) {
        this.config = Objects.requireNonNull(config, "config");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** The key under which {@code gazetteer} maps a word: the model's normalized form. */
    public static String gazetteerKey(String word) {
        return TokenForms.norm(word);
    }

    /**
     * @param train     labeled sentences, in a fixed order
     * @param unlabeled tokenized text for clusters and statistics (the training tokens are added to it)
     * @param gazetteer {@link #gazetteerKey} -> OR of flags
     */
    public NerModel train(List<TaggedSentence> train, List<List<String>> unlabeled, Map<String, Integer> gazetteer) {
        long t0 = System.nanoTime();
        List<String> types = new ArrayList<>();
        for (String t : TYPE_ORDER) {
            if (train.stream().anyMatch(s -> s.tags().contains("B-" + t) || s.tags().contains("I-" + t))) {
                types.add(t);
            }
        }
        Labels labels = new Labels(config.bilou() ? Labels.Scheme.BILOU : Labels.Scheme.BIO, types);
        Lexicon lexicon = buildLexicon(train, unlabeled, gazetteer);
        log.printf(Locale.ROOT, "  lexicon %,d words (%.1f s)%n", lexicon.size(), (System.nanoTime() - t0) / 1e9);
        log.flush();
        Features features = new Features(lexicon, Features.affixesFor(config.language()));
        NerModel model = perceptron(train, labels, lexicon, features);
        log.printf(Locale.ROOT, "  %,d weight rows kept (%.1f s total)%n", model.featureRows(), (System.nanoTime() - t0) / 1e9);
        log.flush();
        return model;
    }

    // ---- lexicon: clusters, capitalization, frequency, gazetteer ----

    private Lexicon buildLexicon(List<TaggedSentence> train, List<List<String>> unlabeled, Map<String, Integer> gazetteer) {
        Map<String, long[]> stats = new HashMap<>(); // norm -> {count, capitalized non-initial, non-initial}
        List<List<String>> text = new ArrayList<>(unlabeled.size() + train.size());
        text.addAll(unlabeled);
        for (TaggedSentence s : train) {
            text.add(s.tokens());
        }
        for (List<String> sentence : text) {
            for (int i = 0; i < sentence.size(); i++) {
                String token = sentence.get(i);
                long[] st = stats.computeIfAbsent(TokenForms.norm(token), k -> new long[3]);
                st[0]++;
                if (i > 0 && TokenForms.isCased(token)) {
                    st[2]++;
                    if (TokenForms.startsUpper(token)) {
                        st[1]++;
                    }
                }
            }
        }
        List<String> vocab = new ArrayList<>();
        for (Map.Entry<String, long[]> e : stats.entrySet()) {
            if (e.getValue()[0] >= config.minWordCount()) {
                vocab.add(e.getKey());
            }
        }
        vocab.sort((a, b) -> {
            int c = Long.compare(stats.get(b)[0], stats.get(a)[0]);
            return c != 0 ? c : a.compareTo(b);
        });
        Map<String, Integer> ids = new HashMap<>(vocab.size() * 2);
        for (int i = 0; i < vocab.size(); i++) {
            ids.put(vocab.get(i), i);
        }
        int unknown = vocab.size();
        List<int[]> encoded = new ArrayList<>(text.size());
        for (List<String> sentence : text) {
            int[] s = new int[sentence.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = ids.getOrDefault(TokenForms.norm(sentence.get(i)), unknown);
            }
            encoded.add(s);
        }
        long t = System.nanoTime();
        int[] fine = WordClusters.cluster(encoded, vocab.size() + 1, config.fineClusters(), config.clusterPasses());
        int[] coarse = WordClusters.cluster(encoded, vocab.size() + 1, config.coarseClusters(), config.clusterPasses());
        log.printf(Locale.ROOT, "  clusters over %,d words, %,d sentences (%.1f s)%n", vocab.size(), text.size(),
                (System.nanoTime() - t) / 1e9);

        // name-list words that the training data shows are usually not names
        Map<String, int[]> labeled = new HashMap<>();
        for (TaggedSentence s : train) {
            for (int i = 0; i < s.tokens().size(); i++) {
                int[] c = labeled.computeIfAbsent(TokenForms.norm(s.tokens().get(i)), k -> new int[2]);
                c[0]++;
                if (!s.tags().get(i).equals("O")) {
                    c[1]++;
                }
            }
        }
        LongIntMap entries = new LongIntMap(vocab.size() + gazetteer.size());
        List<String> keys = new ArrayList<>(vocab);
        for (String g : gazetteer.keySet()) {
            if (!ids.containsKey(g)) {
                keys.add(g);
            }
        }
        keys.subList(vocab.size(), keys.size()).sort(null);
        for (String key : keys) {
            Integer id = ids.get(key);
            long[] st = stats.getOrDefault(key, new long[3]);
            int flags = gazetteer.getOrDefault(key, 0);
            int[] lc = labeled.get(key);
            if (flags != 0 && lc != null && lc[0] >= 3 && lc[1] * 10 < lc[0]) {
                flags = Lexicon.GAZ_STOP;
            }
            int cap = 0;
            if (st[2] >= 2) {
                double r = (double) st[1] / st[2];
                cap = r < 0.1 ? 1 : r < 0.5 ? 2 : r < 0.9 ? 3 : 4;
            }
            int freq = st[0] >= 2 ? 64 - Long.numberOfLeadingZeros(st[0]) : 0;
            int f = id == null ? -1 : fine[id];
            int c = id == null ? -1 : coarse[id];
            entries.put(LongIntMap.key(TokenForms.hash(key)), Lexicon.pack(f, c, cap, freq, flags));
        }
        return new Lexicon(entries);
    }

    // ---- averaged perceptron ----

    private NerModel perceptron(List<TaggedSentence> train, Labels labels, Lexicon lexicon, Features features) {
        int size = labels.size();
        LongIntMap dictionary = new LongIntMap(1 << 20);
        int[][] sentenceFeats = new int[train.size()][];
        int[][] sentenceOffsets = new int[train.size()][];
        int[][] gold = new int[train.size()][];
        Features.Buffer buf = new Features.Buffer();
        int maxLen = 1;
        for (int s = 0; s < train.size(); s++) {
            TaggedSentence sentence = train.get(s);
            String[] tokens = sentence.tokens().toArray(new String[0]);
            features.extract(tokens, buf);
            int[] ids = new int[buf.size];
            for (int k = 0; k < buf.size; k++) {
                ids[k] = dictionary.idOf(buf.feats[k]);
            }
            sentenceFeats[s] = ids;
            sentenceOffsets[s] = Arrays.copyOf(buf.offsets, tokens.length + 1);
            gold[s] = labels.encode(Labels.fromTags(sentence.tags(), labels.types()), tokens.length);
            maxLen = Math.max(maxLen, tokens.length);
        }
        int nFeatures = dictionary.size();
        log.printf(Locale.ROOT, "  %,d sentences, %,d features, %d labels%n", train.size(), nFeatures, size);
        log.flush();
        int[] w = new int[nFeatures * size];
        float[] u = new float[nFeatures * size];
        int[] tw = new int[size * size + 2 * size]; // transitions, start, end
        double[] tu = new double[tw.length];
        float[] emission = new float[maxLen * size];
        float[] delta = new float[maxLen * size];
        int[] back = new int[maxLen * size];
        int[] pred = new int[maxLen];
        float[] trans = new float[size * size];
        float[] start = new float[size];
        float[] end = new float[size];
        int[] order = new int[train.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(config.seed());
        long c = 1;
        float cost = config.cost();
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            long te = System.nanoTime();
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            int errors = 0;
            long tokens = 0;
            for (int s : order) {
                int[] ids = sentenceFeats[s];
                int[] off = sentenceOffsets[s];
                int[] g = gold[s];
                int n = g.length;
                tokens += n;
                if (n == 0) {
                    continue;
                }
                for (int k = 0; k < size * size; k++) {
                    trans[k] = tw[k];
                }
                for (int l = 0; l < size; l++) {
                    start[l] = tw[size * size + l];
                    end[l] = tw[size * size + size + l];
                }
                for (int i = 0; i < n; i++) {
                    int base = i * size;
                    for (int l = 0; l < size; l++) {
                        emission[base + l] = 0;
                    }
                    for (int k = off[i]; k < off[i + 1]; k++) {
                        int row = ids[k] * size;
                        for (int l = 0; l < size; l++) {
                            emission[base + l] += w[row + l];
                        }
                    }
                    if (cost > 0) {
                        for (int l = 0; l < size; l++) {
                            if (l != g[i]) {
                                emission[base + l] += g[i] != 0 && l == 0 ? 2 * cost : cost;
                            }
                        }
                    }
                }
                Viterbi.decode(emission, n, labels, trans, start, end, pred, delta, back);
                boolean wrong = false;
                for (int i = 0; i < n; i++) {
                    if (pred[i] != g[i]) {
                        wrong = true;
                        errors++;
                        for (int k = off[i]; k < off[i + 1]; k++) {
                            int row = ids[k] * size;
                            w[row + g[i]]++;
                            u[row + g[i]] += c;
                            w[row + pred[i]]--;
                            u[row + pred[i]] -= c;
                        }
                    }
                }
                if (wrong) {
                    update(tw, tu, size * size + g[0], 1, c);
                    update(tw, tu, size * size + pred[0], -1, c);
                    update(tw, tu, size * size + size + g[n - 1], 1, c);
                    update(tw, tu, size * size + size + pred[n - 1], -1, c);
                    for (int i = 1; i < n; i++) {
                        if (g[i - 1] != pred[i - 1] || g[i] != pred[i]) {
                            update(tw, tu, g[i - 1] * size + g[i], 1, c);
                            update(tw, tu, pred[i - 1] * size + pred[i], -1, c);
                        }
                    }
                }
                c++;
            }
            log.printf(Locale.ROOT, "  epoch %2d: token errors %.4f (%.1f s)%n", epoch + 1, (double) errors / tokens,
                    (System.nanoTime() - te) / 1e9);
            log.flush();
        }
        // average: w - u / c
        float maxAbs = 0;
        float[] avg = new float[w.length];
        for (int k = 0; k < w.length; k++) {
            avg[k] = (float) (w[k] - (double) u[k] / c);
            maxAbs = Math.max(maxAbs, Math.abs(avg[k]));
        }
        u = null;
        w = null;
        float scale = maxAbs / 32767f;
        long[] featureKeys = new long[nFeatures];
        for (long key : dictionary.sortedKeys()) {
            featureKeys[dictionary.get(key, -1)] = key;
        }
        int kept = 0;
        short[] q = new short[nFeatures * size];
        LongIntMap rows = new LongIntMap(nFeatures / 2);
        for (int f = 0; f < nFeatures; f++) {
            int largest = 0;
            for (int l = 0; l < size; l++) {
                largest = Math.max(largest, Math.abs(Math.round(avg[f * size + l] / scale)));
            }
            if (largest < config.prune()) {
                continue;
            }
            for (int l = 0; l < size; l++) {
                q[kept * size + l] = (short) Math.round(avg[f * size + l] / scale);
            }
            rows.put(featureKeys[f], kept++);
        }
        short[] weights = Arrays.copyOf(q, kept * size);
        float[] avgTrans = new float[tw.length];
        for (int k = 0; k < tw.length; k++) {
            avgTrans[k] = (float) (tw[k] - tu[k] / c);
        }
        float[] fTrans = Arrays.copyOfRange(avgTrans, 0, size * size);
        float[] fStart = Arrays.copyOfRange(avgTrans, size * size, size * size + size);
        float[] fEnd = Arrays.copyOfRange(avgTrans, size * size + size, size * size + 2 * size);
        NerModel draft = new NerModel(config.language(), labels, lexicon, rows, weights, scale, fTrans, fStart, fEnd, 1f);
        float unit = confidenceUnit(draft, train);
        return new NerModel(config.language(), labels, lexicon, rows, weights, scale, fTrans, fStart, fEnd, unit);
    }

    private static void update(int[] tw, double[] tu, int index, int delta, long c) {
        tw[index] += delta;
        tu[index] += (double) delta * c;
    }

    /** Half the median smallest-token margin of the spans found in (up to) 2,000 training sentences. */
    private static float confidenceUnit(NerModel draft, List<TaggedSentence> train) {
        List<Double> margins = new ArrayList<>();
        for (int s = 0; s < Math.min(2000, train.size()); s++) {
            for (double[] span : draft.decode(train.get(s).tokens())) {
                if (span[3] > 0) {
                    margins.add(span[3]);
                }
            }
        }
        if (margins.isEmpty()) {
            return 1f;
        }
        margins.sort(null);
        return (float) Math.max(1e-3, margins.get(margins.size() / 2) / 2);
    }
}
