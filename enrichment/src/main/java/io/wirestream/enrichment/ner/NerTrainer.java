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
    public static final int ORGANIZATION = Lexicon.GAZ_ORG;
    public static final int ORGANIZATION_PART = Lexicon.GAZ_ORG_PART;

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
     * @param ensemble       perceptrons, each with its own shuffling seed, whose averaged weights are averaged
     */
    public record Config(
            String language,
            boolean bilou,
            int epochs,
            long seed,
            int fineClusters,
            int coarseClusters,
            int clusterPasses,
            int minWordCount,
            int prune,
            float cost,
            int folds,
            int ensemble) {

        public static Config defaults(String language) {
            return new Config(language, false, 12, 20261103L, 256, 48, 12, 2, 2, 0f, 0, 1);
        }

        /**
         * {@code n} perceptrons trained with different shuffling seeds (the first with {@link #seed}), each blind to a
         * different {@code 1/n} of the features (by key hash), their averaged weights averaged again: a steadier
         * model at the same tagging cost.
         */
        public Config withEnsemble(int n) {
            return new Config(
                    language,
                    bilou,
                    epochs,
                    seed,
                    fineClusters,
                    coarseClusters,
                    clusterPasses,
                    minWordCount,
                    prune,
                    cost,
                    folds,
                    n);
        }

        /**
         * A second pass over document features, trained on first-pass output for the training documents that
         * comes from {@code k}-fold cross-validation (so it is as noisy as on unseen text); 0 for one pass.
         */
        public Config withFolds(int k) {
            return new Config(
                    language,
                    bilou,
                    epochs,
                    seed,
                    fineClusters,
                    coarseClusters,
                    clusterPasses,
                    minWordCount,
                    prune,
                    cost,
                    k,
                    ensemble);
        }

        /** Loss-augmented training: during training every wrong label scores {@code cost} more (missed entities twice). */
        public Config withCost(float c) {
            return new Config(
                    language,
                    bilou,
                    epochs,
                    seed,
                    fineClusters,
                    coarseClusters,
                    clusterPasses,
                    minWordCount,
                    prune,
                    c,
                    folds,
                    ensemble);
        }

        public Config withEpochs(int n) {
            return new Config(
                    language,
                    bilou,
                    n,
                    seed,
                    fineClusters,
                    coarseClusters,
                    clusterPasses,
                    minWordCount,
                    prune,
                    cost,
                    folds,
                    ensemble);
        }

        public Config withBilou(boolean b) {
            return new Config(
                    language,
                    b,
                    epochs,
                    seed,
                    fineClusters,
                    coarseClusters,
                    clusterPasses,
                    minWordCount,
                    prune,
                    cost,
                    folds,
                    ensemble);
        }

        public Config withClusters(int fine, int coarse, int passes) {
            return new Config(
                    language, bilou, epochs, seed, fine, coarse, passes, minWordCount, prune, cost, folds, ensemble);
        }

        public Config withPrune(int p) {
            return new Config(
                    language,
                    bilou,
                    epochs,
                    seed,
                    fineClusters,
                    coarseClusters,
                    clusterPasses,
                    minWordCount,
                    p,
                    cost,
                    folds,
                    ensemble);
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

    /** Trains on sentences without document structure: every sentence is its own document. */
    public NerModel train(List<TaggedSentence> train, List<List<String>> unlabeled, Map<String, Integer> gazetteer) {
        List<List<TaggedSentence>> documents = new ArrayList<>(train.size());
        for (TaggedSentence s : train) {
            documents.add(List.of(s));
        }
        return trainDocuments(documents, unlabeled, gazetteer);
    }

    /**
     * @param documents labeled sentences grouped into documents (articles or blocks of consecutive sentences), in a
     *                  fixed order; the second pass draws its document features from them
     * @param unlabeled tokenized text for clusters and statistics (the training tokens are added to it)
     * @param gazetteer {@link #gazetteerKey} -> OR of flags
     */
    public NerModel trainDocuments(
            List<List<TaggedSentence>> documents, List<List<String>> unlabeled, Map<String, Integer> gazetteer) {
        long t0 = System.nanoTime();
        List<TaggedSentence> train = new ArrayList<>();
        int[] docOf = new int[documents.stream().mapToInt(List::size).sum()];
        for (int d = 0; d < documents.size(); d++) {
            for (TaggedSentence s : documents.get(d)) {
                docOf[train.size()] = d;
                train.add(s);
            }
        }
        List<String> types = new ArrayList<>();
        for (String t : TYPE_ORDER) {
            if (train.stream()
                    .anyMatch(s -> s.tags().contains("B-" + t) || s.tags().contains("I-" + t))) {
                types.add(t);
            }
        }
        Labels labels = new Labels(config.bilou() ? Labels.Scheme.BILOU : Labels.Scheme.BIO, types);
        Lexicon lexicon = buildLexicon(train, unlabeled, gazetteer);
        log.printf(Locale.ROOT, "  lexicon %,d words (%.1f s)%n", lexicon.size(), (System.nanoTime() - t0) / 1e9);
        log.flush();
        Features features = new Features(lexicon, Features.affixesFor(config.language()));
        int count = train.size();
        long[][] feats = new long[count][];
        int[][] offsets = new int[count][];
        int[][] gold = new int[count][];
        Features.Buffer[] buffers = new Features.Buffer[count];
        for (int s = 0; s < count; s++) {
            TaggedSentence sentence = train.get(s);
            String[] tokens = sentence.tokens().toArray(new String[0]);
            Features.Buffer buf = new Features.Buffer(tokens.length);
            features.extract(tokens, buf);
            feats[s] = Arrays.copyOf(buf.feats, buf.size);
            offsets[s] = Arrays.copyOf(buf.offsets, tokens.length + 1);
            gold[s] = labels.encode(Labels.fromTags(sentence.tags(), labels.types()), tokens.length);
            if (config.folds() >= 2) {
                buffers[s] = buf;
            }
        }
        int[] all = new int[count];
        for (int s = 0; s < count; s++) {
            all[s] = s;
        }
        Fit first = fit(feats, offsets, gold, all, labels, "pass 1");
        Fit second = null;
        if (config.folds() >= 2) {
            int[][] predicted = crossValidate(feats, offsets, gold, docOf, documents.size(), labels);
            long[][] feats2 = new long[count][];
            int[][] offsets2 = new int[count][];
            Features.Buffer doc = new Features.Buffer(64);
            int s = 0;
            for (List<TaggedSentence> document : documents) {
                Features.DocumentCounts counts = new Features.DocumentCounts(256);
                for (int k = 0; k < document.size(); k++) {
                    counts.add(buffers[s + k], predicted[s + k], labels);
                }
                for (int k = 0; k < document.size(); k++, s++) {
                    Features.documentFeatures(buffers[s], predicted[s], labels, counts, doc);
                    int n = gold[s].length;
                    long[] merged = new long[feats[s].length + doc.size];
                    int[] off = new int[n + 1];
                    int m = 0;
                    for (int i = 0; i < n; i++) {
                        off[i] = m;
                        for (int f = offsets[s][i]; f < offsets[s][i + 1]; f++) {
                            merged[m++] = feats[s][f];
                        }
                        for (int f = doc.offsets[i]; f < doc.offsets[i + 1]; f++) {
                            merged[m++] = doc.feats[f];
                        }
                    }
                    off[n] = m;
                    feats2[s] = merged;
                    offsets2[s] = off;
                }
            }
            second = fit(feats2, offsets2, gold, all, labels, "pass 2");
        }
        NerModel model = quantize(first, second, labels, lexicon, train);
        log.printf(
                Locale.ROOT,
                "  %,d weight rows kept (%.1f s total)%n",
                model.featureRows(),
                (System.nanoTime() - t0) / 1e9);
        log.flush();
        return model;
    }

    /** First-pass labels of every training sentence from models that did not see its document's fold. */
    private int[][] crossValidate(
            long[][] feats, int[][] offsets, int[][] gold, int[] docOf, int documents, Labels labels) {
        int folds = config.folds();
        int[][] predicted = new int[feats.length][];
        for (int fold = 0; fold < folds; fold++) {
            List<Integer> in = new ArrayList<>();
            List<Integer> out = new ArrayList<>();
            for (int s = 0; s < feats.length; s++) {
                ((long) docOf[s] * folds / Math.max(1, documents) == fold ? out : in).add(s);
            }
            Fit fit = fit(
                    feats,
                    offsets,
                    gold,
                    in.stream().mapToInt(Integer::intValue).toArray(),
                    labels,
                    "fold " + (fold + 1));
            for (int s : out) {
                predicted[s] = fit.predict(feats[s], offsets[s], gold[s].length, labels);
            }
        }
        return predicted;
    }

    // ---- lexicon: clusters, capitalization, frequency, gazetteer ----

    private Lexicon buildLexicon(
            List<TaggedSentence> train, List<List<String>> unlabeled, Map<String, Integer> gazetteer) {
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
        log.printf(
                Locale.ROOT,
                "  clusters over %,d words, %,d sentences (%.1f s)%n",
                vocab.size(),
                text.size(),
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

    /** Averaged weights of one pass: feature key -> dense id, {@code avg[id * L + label]}, transitions. */
    private record Fit(LongIntMap dictionary, float[] avg, float[] transitions, int size) {

        int[] predict(long[] feats, int[] off, int n, Labels labels) {
            int[] out = new int[n];
            if (n == 0) {
                return out;
            }
            float[] emission = new float[n * size];
            for (int i = 0; i < n; i++) {
                for (int k = off[i]; k < off[i + 1]; k++) {
                    int id = dictionary.get(feats[k], -1);
                    if (id >= 0) {
                        for (int l = 0; l < size; l++) {
                            emission[i * size + l] += avg[id * size + l];
                        }
                    }
                }
            }
            float[] trans = Arrays.copyOfRange(transitions, 0, size * size);
            float[] start = Arrays.copyOfRange(transitions, size * size, size * size + size);
            float[] end = Arrays.copyOfRange(transitions, size * size + size, size * size + 2 * size);
            Viterbi.decode(emission, n, labels, trans, start, end, out, new float[n * size], new int[n * size]);
            return out;
        }
    }

    private Fit fit(long[][] feats, int[][] offsets, int[][] gold, int[] sentences, Labels labels, String what) {
        int size = labels.size();
        LongIntMap dictionary = new LongIntMap(1 << 20);
        int[][] sentenceFeats = new int[feats.length][];
        int maxLen = 1;
        for (int s : sentences) {
            long[] keys = feats[s];
            int[] ids = new int[keys.length];
            for (int k = 0; k < keys.length; k++) {
                ids[k] = dictionary.idOf(keys[k]);
            }
            sentenceFeats[s] = ids;
            maxLen = Math.max(maxLen, gold[s].length);
        }
        int nFeatures = dictionary.size();
        log.printf(
                Locale.ROOT, "  %s: %,d sentences, %,d features, %d labels%n", what, sentences.length, nFeatures, size);
        log.flush();
        int members = Math.max(1, config.ensemble());
        float[] avg = new float[nFeatures * size];
        float[] avgTrans = new float[size * size + 2 * size];
        // member m leaves out the features whose key falls in group m: members differ in their features as well
        // as in their order, so their average is steadier
        int[] group = null;
        if (members > 1) {
            group = new int[nFeatures];
            for (long key : dictionary.sortedKeys()) {
                group[dictionary.get(key, -1)] = (int) ((TokenForms.fmix(key) >>> 1) % members);
            }
        }
        for (int member = 0; member < members; member++) {
            train(
                    sentenceFeats,
                    offsets,
                    gold,
                    sentences,
                    labels,
                    maxLen,
                    config.seed() + 7919L * member,
                    group,
                    member,
                    avg,
                    avgTrans);
        }
        if (members > 1) {
            for (int k = 0; k < avg.length; k++) {
                avg[k] /= members;
            }
            for (int k = 0; k < avgTrans.length; k++) {
                avgTrans[k] /= members;
            }
        }
        return new Fit(dictionary, avg, avgTrans, size);
    }

    /**
     * One averaged perceptron, blind to the features of group {@code member} (none when {@code group} is null); adds
     * its averaged weights to {@code avg} and {@code avgTrans}.
     */
    private void train(
            int[][] sentenceFeats,
            int[][] offsets,
            int[][] gold,
            int[] sentences,
            Labels labels,
            int maxLen,
            long seed,
            int[] group,
            int member,
            float[] avg,
            float[] avgTrans) {
        int size = labels.size();
        int[] w = new int[avg.length];
        float[] u = new float[avg.length];
        int[] tw = new int[size * size + 2 * size]; // transitions, start, end
        double[] tu = new double[tw.length];
        float[] emission = new float[maxLen * size];
        float[] delta = new float[maxLen * size];
        int[] back = new int[maxLen * size];
        int[] pred = new int[maxLen];
        float[] trans = new float[size * size];
        float[] start = new float[size];
        float[] end = new float[size];
        int[] order = sentences.clone();
        Random random = new Random(seed);
        long c = 1;
        float cost = config.cost();
        int[][] feats = sentenceFeats;
        if (group != null) {
            feats = new int[sentenceFeats.length][];
            for (int s : sentences) {
                int[] ids = sentenceFeats[s].clone();
                for (int k = 0; k < ids.length; k++) {
                    if (group[ids[k]] == member) {
                        ids[k] = -1;
                    }
                }
                feats[s] = ids;
            }
        }
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
                int[] ids = feats[s];
                int[] off = offsets[s];
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
                        if (ids[k] < 0) {
                            continue;
                        }
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
                            if (ids[k] < 0) {
                                continue;
                            }
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
            log.printf(
                    Locale.ROOT,
                    "  epoch %2d: token errors %.4f (%.1f s)%n",
                    epoch + 1,
                    (double) errors / tokens,
                    (System.nanoTime() - te) / 1e9);
            log.flush();
        }
        // average: w - u / c
        for (int k = 0; k < w.length; k++) {
            avg[k] += (float) (w[k] - (double) u[k] / c);
        }
        for (int k = 0; k < tw.length; k++) {
            avgTrans[k] += (float) (tw[k] - tu[k] / c);
        }
    }

    /** 16-bit weights with one scale per pass; a row is kept when one of its passes has a weight of at least {@code prune}. */
    private NerModel quantize(Fit first, Fit second, Labels labels, Lexicon lexicon, List<TaggedSentence> train) {
        int size = labels.size();
        Fit[] fits = second == null ? new Fit[] {first} : new Fit[] {first, second};
        int width = size * fits.length;
        float[] scales = new float[fits.length];
        for (int p = 0; p < fits.length; p++) {
            float maxAbs = 0;
            for (float v : fits[p].avg()) {
                maxAbs = Math.max(maxAbs, Math.abs(v));
            }
            scales[p] = maxAbs / 32767f;
        }
        // rows in the first pass's id order, then keys only the second pass has, in its id order
        LongIntMap keysSeen = new LongIntMap(first.dictionary().size() * 2);
        List<long[]> order = new ArrayList<>();
        for (Fit fit : fits) {
            long[] byId = new long[fit.dictionary().size()];
            for (long key : fit.dictionary().sortedKeys()) {
                byId[fit.dictionary().get(key, -1)] = key;
            }
            order.add(byId);
        }
        int total = 0;
        for (long[] keys : order) {
            total += keys.length;
        }
        short[] q = new short[total * width];
        LongIntMap rows = new LongIntMap(total / 2);
        int kept = 0;
        short[] row = new short[width];
        for (long[] keys : order) {
            for (long key : keys) {
                if (keysSeen.get(key, -1) >= 0) {
                    continue;
                }
                keysSeen.put(key, 0);
                int largest = 0;
                for (int p = 0; p < fits.length; p++) {
                    int id = fits[p].dictionary().get(key, -1);
                    for (int l = 0; l < size; l++) {
                        int v = id < 0 ? 0 : Math.round(fits[p].avg()[id * size + l] / scales[p]);
                        row[p * size + l] = (short) v;
                        largest = Math.max(largest, Math.abs(v));
                    }
                }
                if (largest < config.prune()) {
                    continue;
                }
                System.arraycopy(row, 0, q, kept * width, width);
                rows.put(key, kept++);
            }
        }
        short[] weights = Arrays.copyOf(q, kept * width);
        NerModel.Pass[] passes = new NerModel.Pass[fits.length];
        for (int p = 0; p < fits.length; p++) {
            float[] t = fits[p].transitions();
            passes[p] = new NerModel.Pass(
                    scales[p],
                    Arrays.copyOfRange(t, 0, size * size),
                    Arrays.copyOfRange(t, size * size, size * size + size),
                    Arrays.copyOfRange(t, size * size + size, size * size + 2 * size));
        }
        NerModel draft = new NerModel(config.language(), labels, lexicon, rows, weights, passes, 1f);
        float unit = confidenceUnit(draft, train);
        return new NerModel(config.language(), labels, lexicon, rows, weights, passes, unit);
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
