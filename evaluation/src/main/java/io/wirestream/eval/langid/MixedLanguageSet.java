package io.wirestream.eval.langid;

import io.wirestream.enrichment.lang.LanguageDetector;
import io.wirestream.enrichment.lang.LanguageSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Synthetic mixed-language documents: two to four paragraphs of different languages from the test set's
 * {@code paragraph} bucket, joined by a blank line (a new paragraph) or by a space (the language switches
 * inside a paragraph). Scored on labels (each part's majority predicted language is its own) and on
 * boundaries (a predicted segment starts within one sentence of each switch).
 */
public final class MixedLanguageSet {

    private static final Pattern SENTENCE_END =
            Pattern.compile("[.!?\u3002\uFF01\uFF1F\u061F\u06D4]+[\"'\u00BB\u201D)]*(?:\\s|$)");

    /** A document and where its parts are. */
    public record Doc(String text, List<Part> parts) {}

    /** One part: its language and span. */
    public record Part(String language, int start, int end) {}

    /** Scores over a set. */
    public record Score(
            int docs,
            int parts,
            int partsRight,
            long chars,
            long charsRight,
            int boundaries,
            int boundariesWithinSentence,
            int boundariesExact,
            int spuriousBoundaries) {

        public double labelAccuracy() {
            return parts == 0 ? 0 : (double) partsRight / parts;
        }

        public double charAccuracy() {
            return chars == 0 ? 0 : (double) charsRight / chars;
        }

        public double boundaryRecall() {
            return boundaries == 0 ? 0 : (double) boundariesWithinSentence / boundaries;
        }
    }

    private MixedLanguageSet() {}

    /** {@code count} documents from the paragraph items, seeded. */
    public static List<Doc> build(List<LangIdData.Item> items, int count, long seed) {
        List<LangIdData.Item> paragraphs =
                items.stream().filter(i -> i.bucket().equals("paragraph")).toList();
        Random random = new Random(seed);
        List<Doc> docs = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            int partCount = 2 + random.nextInt(3);
            StringBuilder text = new StringBuilder();
            List<Part> parts = new ArrayList<>();
            String previous = null;
            while (parts.size() < partCount) {
                LangIdData.Item item = paragraphs.get(random.nextInt(paragraphs.size()));
                if (item.language().equals(previous)) {
                    continue;
                }
                if (!parts.isEmpty()) {
                    text.append(random.nextBoolean() ? "\n\n" : " ");
                }
                int start = text.length();
                text.append(item.text().strip());
                parts.add(new Part(item.language(), start, text.length()));
                previous = item.language();
            }
            docs.add(new Doc(text.toString(), List.copyOf(parts)));
        }
        return docs;
    }

    /** Segments every document and scores labels and boundaries. */
    public static Score score(LanguageDetector detector, List<Doc> docs) {
        int parts = 0;
        int partsRight = 0;
        long chars = 0;
        long charsRight = 0;
        int boundaries = 0;
        int within = 0;
        int exact = 0;
        int spurious = 0;
        for (Doc doc : docs) {
            List<LanguageSegment> segments = detector.segment(doc.text());
            for (Part part : doc.parts()) {
                parts++;
                long[] right = new long[1];
                java.util.Map<String, Long> overlap = new java.util.HashMap<>();
                for (LanguageSegment s : segments) {
                    int o = Math.min(s.end(), part.end()) - Math.max(s.start(), part.start());
                    if (o > 0) {
                        overlap.merge(s.language(), (long) o, Long::sum);
                        if (s.language().equals(part.language())) {
                            right[0] += o;
                        }
                    }
                }
                chars += part.end() - part.start();
                charsRight += right[0];
                String majority = overlap.entrySet().stream()
                        .max(java.util.Map.Entry.comparingByValue())
                        .map(java.util.Map.Entry::getKey)
                        .orElse("none");
                if (majority.equals(part.language())) {
                    partsRight++;
                }
            }
            List<Integer> predicted = new ArrayList<>();
            for (int i = 1; i < segments.size(); i++) {
                predicted.add(segments.get(i).start());
            }
            List<Integer> matched = new ArrayList<>();
            for (int p = 1; p < doc.parts().size(); p++) {
                boundaries++;
                Part left = doc.parts().get(p - 1);
                Part right = doc.parts().get(p);
                int lo = lastSentenceStart(doc.text(), left.start(), left.end());
                int hi = firstSentenceEnd(doc.text(), right.start(), right.end());
                for (int b : predicted) {
                    if (b == right.start()) {
                        exact++;
                    }
                    if (b >= lo && b <= hi) {
                        within++;
                        matched.add(b);
                        break;
                    }
                }
            }
            spurious +=
                    (int) predicted.stream().filter(b -> !matched.contains(b)).count();
        }
        return new Score(docs.size(), parts, partsRight, chars, charsRight, boundaries, within, exact, spurious);
    }

    private static int lastSentenceStart(String text, int start, int end) {
        Matcher m = SENTENCE_END.matcher(text).region(start, end);
        int last = start;
        while (m.find()) {
            if (m.end() < end) {
                last = m.end();
            }
        }
        return last;
    }

    private static int firstSentenceEnd(String text, int start, int end) {
        Matcher m = SENTENCE_END.matcher(text).region(start, end);
        return m.find() ? m.end() : end;
    }
}
