package io.wirestream.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The article-extraction-benchmark metric, computed exactly as {@code score.py} in the data set does.
 *
 * <p>Per page: word 4-gram shingle multisets of truth and prediction; true positives, false positives and
 * false negatives are divided by their page total; precision and recall are averaged over the pages where
 * they are defined; F1 is the harmonic mean of the two averages. A word is a maximal run of the
 * characters Python's {@code \w} matches on {@code str} (letters, numerals, underscore). Stateless and
 * thread-safe.
 */
public final class ShingleScorer {

    private static final int SHINGLE = 4;
    private static final MathContext MEAN_PRECISION = new MathContext(80);

    /** One page's normalized counts; all zero when truth and prediction are both empty. */
    public record PageScore(String id, double tp, double fp, double fn) {
        /** Precision as score.py defines it, or NaN when the page has no predicted shingles. */
        public double precision() {
            if (tp + fp <= 0) {
                return Double.NaN;
            }
            return fp == 0 && fn == 0 ? 1.0 : tp == 0 && fp == 0 ? 0.0 : tp / (tp + fp);
        }

        /** Recall as score.py defines it, or NaN when the page has no true shingles. */
        public double recall() {
            if (tp + fn <= 0) {
                return Double.NaN;
            }
            return fp == 0 && fn == 0 ? 1.0 : tp == 0 && fn == 0 ? 0.0 : tp / (tp + fn);
        }

        /** The page's own F1, for ranking the worst pages; 0 when undefined. */
        public double f1() {
            double p = precision();
            double r = recall();
            if (Double.isNaN(p) || Double.isNaN(r) || p + r == 0) {
                return fp == 0 && fn == 0 && tp == 0 ? 1.0 : 0.0;
            }
            return 2 * p * r / (p + r);
        }
    }

    /** Averages over pages. */
    public record Summary(double precision, double recall, double f1, double exactMatch, int pages) {}

    /** Scores one page. */
    public PageScore page(String id, String truth, String prediction) {
        Map<List<String>, Integer> a = shingles(words(truth));
        Map<List<String>, Integer> b = shingles(words(prediction));
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Integer> e : a.entrySet()) {
            int inB = b.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), inB);
            fn += Math.max(0, e.getValue() - inB);
        }
        for (Map.Entry<List<String>, Integer> e : b.entrySet()) {
            fp += Math.max(0, e.getValue() - a.getOrDefault(e.getKey(), 0));
        }
        long s = tp + fp + fn;
        if (s == 0) {
            return new PageScore(id, 0, 0, 0);
        }
        return new PageScore(id, (double) tp / s, (double) fp / s, (double) fn / s);
    }

    /** Whether truth and prediction have exactly the same words (score.py's accuracy). */
    public boolean exactMatch(String truth, String prediction) {
        return words(truth).equals(words(prediction));
    }

    /**
     * Averages page scores as score.py does; {@code statistics.mean} sums exactly, so this does too.
     *
     * @param exactMatches number of pages whose words matched exactly
     */
    public Summary summarize(List<PageScore> pages, int exactMatches) {
        List<Double> precisions = new ArrayList<>();
        List<Double> recalls = new ArrayList<>();
        for (PageScore page : pages) {
            if (page.tp() + page.fp() > 0) {
                precisions.add(page.precision());
            }
            if (page.tp() + page.fn() > 0) {
                recalls.add(page.recall());
            }
        }
        double p = exactMean(precisions);
        double r = exactMean(recalls);
        double f = 2 * p * r / (p + r);
        return new Summary(p, r, f, pages.isEmpty() ? 0 : (double) exactMatches / pages.size(), pages.size());
    }

    private static double exactMean(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("mean of no values");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : values) {
            sum = sum.add(new BigDecimal(v));
        }
        return sum.divide(BigDecimal.valueOf(values.size()), MEAN_PRECISION).doubleValue();
    }

    /** The words of a text as Python's {@code re.findall(r"\w+", text)} returns them. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    /** Python's {@code str.isalnum() or c == '_'}: letters (L*) and anything with a numeric value. */
    static boolean isWordChar(int cp) {
        return cp == '_' || Character.isLetter(cp) || hasNumericValue(cp);
    }

    private static boolean hasNumericValue(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER
                || Character.getNumericValue(cp) != -1;
    }

    private static Map<List<String>, Integer> shingles(List<String> words) {
        Map<List<String>, Integer> counts = new HashMap<>();
        int n = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            List<String> shingle = words.subList(Math.min(i, words.size()), Math.min(i + SHINGLE, words.size()));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Convenience for tests: score a whole prediction set keyed by page id. */
    public Summary score(Map<String, String> truth, Map<String, String> predictions) {
        Objects.requireNonNull(truth, "truth");
        List<PageScore> pages = new ArrayList<>();
        int exact = 0;
        for (Map.Entry<String, String> e : truth.entrySet()) {
            String prediction = predictions.getOrDefault(e.getKey(), "");
            pages.add(page(e.getKey(), e.getValue(), prediction));
            if (exactMatch(e.getValue(), prediction)) {
                exact++;
            }
        }
        return summarize(pages, exact);
    }
}
