package io.wirestream.enrichment.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Combines language segments of one or more texts (e.g. title and body) into one document language,
 * weighing each segment by its number of letters. Not thread-safe: create one per decision.
 *
 * <p>The winner is the language with the most letters; its confidence is its letter share times its
 * letter-weighted mean segment confidence, so a document that is 90% Arabic at 0.9 scores 0.81.
 */
public final class LanguageVote {

    private final Map<String, double[]> letters = new HashMap<>(); // language -> {letters, letters x confidence}
    private double total;

    /** Adds the segments of {@code text}; segments with language {@code und} carry no vote. */
    public LanguageVote add(CharSequence text, List<LanguageSegment> segments) {
        Objects.requireNonNull(text, "text");
        for (LanguageSegment segment : segments) {
            if (segment.language().equals("und")) {
                continue;
            }
            int count = Scripts.letterCount(text, segment.start(), segment.end());
            if (count == 0) {
                continue;
            }
            double[] acc = letters.computeIfAbsent(segment.language(), k -> new double[2]);
            acc[0] += count;
            acc[1] += count * segment.confidence();
            total += count;
        }
        return this;
    }

    /** The document language; {@link DetectedLanguage#UNDETERMINED} when no segment had letters. */
    public DetectedLanguage result() {
        String best = null;
        double bestLetters = -1;
        for (Map.Entry<String, double[]> e : letters.entrySet()) {
            double count = e.getValue()[0];
            if (count > bestLetters || (count == bestLetters && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestLetters = count;
            }
        }
        if (best == null) {
            return DetectedLanguage.UNDETERMINED;
        }
        double[] acc = letters.get(best);
        double confidence = (acc[0] / total) * (acc[1] / acc[0]);
        return new DetectedLanguage(best, Math.max(0.0, Math.min(1.0, confidence)));
    }
}
