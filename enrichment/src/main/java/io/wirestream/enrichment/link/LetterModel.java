package io.wirestream.enrichment.link;

import java.util.Arrays;

/**
 * A letter 4-gram model of Latin name words (letters a-z as {@link Transliterator#latinKey} leaves them):
 * the probability of the next letter, or of the word's end, after up to three letters, interpolated down to
 * the letter unigram and a uniform floor by Witten-Bell smoothing. It makes generated romanizations read like
 * names ({@code Nabiyev}, not {@code Nbyf}).
 *
 * <p>Built from the counts of each (three-letter context, next symbol) event of the training words, with the
 * start of a word padded by three start symbols, so every lower order is a sum of those counts. The
 * conditional log probabilities are tabulated once for all 19,683 contexts (2.2 MB). Immutable and
 * thread-safe.
 */
final class LetterModel {

    /** Symbols: 0 is the start pad, 1..26 the letters a-z, 27 the end of the word. */
    static final int START = 0;

    static final int END = 27;
    static final int SYMBOLS = 28;
    static final int CONTEXTS = 27 * 27 * 27;

    /** The non-zero counts, sparse (index, count), kept for writing the model. */
    private final int[] countIndexes;

    private final int[] countValues;
    private final float[] logProbability;

    /** @param counts event counts, indexed {@code context * SYMBOLS + next} (see {@link #context}) */
    LetterModel(int[] counts) {
        if (counts.length != CONTEXTS * SYMBOLS) {
            throw new IllegalArgumentException("expected " + CONTEXTS * SYMBOLS + " counts");
        }
        int nonZero = 0;
        for (int c : counts) {
            nonZero += c != 0 ? 1 : 0;
        }
        countIndexes = new int[nonZero];
        countValues = new int[nonZero];
        for (int i = 0, k = 0; i < counts.length; i++) {
            if (counts[i] != 0) {
                countIndexes[k] = i;
                countValues[k++] = counts[i];
            }
        }
        this.logProbability = tabulate(counts);
    }

    /** Counts the events of these words (Latin keys: letters a-z only; other characters are skipped). */
    static LetterModel train(Iterable<String> latinKeys) {
        int[] counts = new int[CONTEXTS * SYMBOLS];
        for (String key : latinKeys) {
            int context = 0;
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (c < 'a' || c > 'z') {
                    continue;
                }
                int symbol = c - 'a' + 1;
                counts[context * SYMBOLS + symbol]++;
                context = next(context, symbol);
            }
            counts[context * SYMBOLS + END]++;
        }
        return new LetterModel(counts);
    }

    /** The context after {@code symbol} (a letter) follows {@code context}. */
    static int next(int context, int symbol) {
        return (context * 27 + symbol) % CONTEXTS;
    }

    /** Log probability of {@code symbol} (1..27) after {@code context}. */
    double logProbability(int context, int symbol) {
        return logProbability[context * SYMBOLS + symbol];
    }

    /** The raw event counts, for writing the model. */
    int[] counts() {
        int[] out = new int[CONTEXTS * SYMBOLS];
        for (int k = 0; k < countIndexes.length; k++) {
            out[countIndexes[k]] = countValues[k];
        }
        return out;
    }

    private static float[] tabulate(int[] counts) {
        // orders by context length k = 3, 2, 1, 0: a context of length k is the last k symbols of the full context
        long[][] event = new long[4][];
        long[][] total = new long[4][];
        int[][] distinct = new int[4][];
        for (int k = 0; k <= 3; k++) {
            int contexts = pow27(k);
            event[k] = new long[contexts * SYMBOLS];
            total[k] = new long[contexts];
            distinct[k] = new int[contexts];
        }
        for (int context = 0; context < CONTEXTS; context++) {
            for (int s = 1; s < SYMBOLS; s++) {
                int n = counts[context * SYMBOLS + s];
                if (n == 0) {
                    continue;
                }
                for (int k = 0; k <= 3; k++) {
                    event[k][(context % pow27(k)) * SYMBOLS + s] += n;
                }
            }
        }
        for (int k = 0; k <= 3; k++) {
            for (int i = 0; i < event[k].length; i++) {
                if (event[k][i] > 0) {
                    total[k][i / SYMBOLS] += event[k][i];
                    distinct[k][i / SYMBOLS]++;
                }
            }
        }
        float[] out = new float[CONTEXTS * SYMBOLS];
        Arrays.fill(out, Float.NEGATIVE_INFINITY);
        double[] p = new double[SYMBOLS];
        for (int context = 0; context < CONTEXTS; context++) {
            for (int s = 1; s < SYMBOLS; s++) {
                p[s] = 1.0 / (SYMBOLS - 1);
            }
            for (int k = 0; k <= 3; k++) {
                int h = context % pow27(k);
                long t = total[k][h];
                int d = distinct[k][h];
                if (t == 0) {
                    continue; // unseen context: the lower order stands
                }
                for (int s = 1; s < SYMBOLS; s++) {
                    p[s] = (event[k][h * SYMBOLS + s] + d * p[s]) / (t + d);
                }
            }
            for (int s = 1; s < SYMBOLS; s++) {
                out[context * SYMBOLS + s] = (float) Math.log(p[s]);
            }
        }
        return out;
    }

    private static int pow27(int k) {
        return switch (k) {
            case 0 -> 1;
            case 1 -> 27;
            case 2 -> 729;
            default -> CONTEXTS;
        };
    }
}
