package io.wirestream.eval.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * conlleval-style exact-span scoring: a predicted span counts only when its boundaries and type both match a
 * gold span. Micro precision, recall and F1 over all types, and per type. Not thread-safe.
 */
final class SpanScore {

    /** A span in any unit (tokens or characters). */
    record Span(int start, int end, String type) {}

    private final Map<String, long[]> counts = new TreeMap<>(); // type -> {tp, fp, fn}

    void add(List<Span> gold, List<Span> predicted) {
        Set<Span> g = new HashSet<>(gold);
        for (Span p : predicted) {
            long[] c = counts.computeIfAbsent(p.type(), k -> new long[3]);
            if (g.remove(p)) {
                c[0]++;
            } else {
                c[1]++;
            }
        }
        for (Span s : g) {
            counts.computeIfAbsent(s.type(), k -> new long[3])[2]++;
        }
    }

    void addAll(SpanScore other) {
        other.counts.forEach((type, c) -> {
            long[] mine = counts.computeIfAbsent(type, k -> new long[3]);
            for (int i = 0; i < 3; i++) {
                mine[i] += c[i];
            }
        });
    }

    record Prf(long tp, long fp, long fn) {
        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        long gold() {
            return tp + fn;
        }

        String format() {
            return String.format(
                    Locale.ROOT,
                    "P %.4f  R %.4f  F1 %.4f  (gold %d, predicted %d)",
                    precision(),
                    recall(),
                    f1(),
                    tp + fn,
                    tp + fp);
        }
    }

    Prf overall() {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (long[] c : counts.values()) {
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return new Prf(tp, fp, fn);
    }

    Prf of(String type) {
        long[] c = counts.getOrDefault(type, new long[3]);
        return new Prf(c[0], c[1], c[2]);
    }

    Set<String> types() {
        return counts.keySet();
    }
}
