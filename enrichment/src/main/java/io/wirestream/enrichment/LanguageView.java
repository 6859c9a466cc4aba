package io.wirestream.enrichment;

import io.wirestream.enrichment.lang.LanguageSegment;
import java.util.ArrayList;
import java.util.List;

/**
 * The text a language detector sees: every paragraph cut to at most {@code maxParagraph} characters,
 * so the detector's cost per article stays bounded whatever a paragraph holds (a 200,000-character
 * token, a page of one repeated character). Segments found in the view are mapped back to the full
 * text; a cut paragraph's tail belongs to the segment that reaches the cut.
 */
final class LanguageView {

    private final String text;
    private final String view;
    private final int[] originalStarts;
    private final int[] originalEnds;
    private final int[] viewStarts;
    private final int[] viewEnds;

    private LanguageView(
            String text, String view, int[] originalStarts, int[] originalEnds, int[] viewStarts, int[] viewEnds) {
        this.text = text;
        this.view = view;
        this.originalStarts = originalStarts;
        this.originalEnds = originalEnds;
        this.viewStarts = viewStarts;
        this.viewEnds = viewEnds;
    }

    /** The view of {@code text}; paragraphs are separated by blank lines. */
    static LanguageView of(String text, int maxParagraph) {
        List<int[]> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            paragraphs.add(new int[] {start, end});
            if (end == text.length()) {
                break;
            }
            start = end + 2;
        }
        StringBuilder view = new StringBuilder(Math.min(text.length(), paragraphs.size() * (maxParagraph + 2)));
        int n = paragraphs.size();
        int[] os = new int[n];
        int[] oe = new int[n];
        int[] vs = new int[n];
        int[] ve = new int[n];
        for (int i = 0; i < n; i++) {
            int[] p = paragraphs.get(i);
            if (i > 0) {
                view.append("\n\n");
            }
            os[i] = p[0];
            oe[i] = p[1];
            vs[i] = view.length();
            int cut = Math.min(p[1], p[0] + maxParagraph);
            if (cut < p[1] && Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            view.append(text, p[0], cut);
            ve[i] = view.length();
        }
        return new LanguageView(text, view.toString(), os, oe, vs, ve);
    }

    /** What the detector reads. */
    String view() {
        return view;
    }

    /** Whether any paragraph was cut. */
    boolean isCut() {
        return view.length() != text.length();
    }

    /** Segments of the view as segments of the full text. */
    List<LanguageSegment> toText(List<LanguageSegment> segments) {
        if (!isCut()) {
            return segments;
        }
        List<LanguageSegment> mapped = new ArrayList<>(segments.size());
        for (LanguageSegment s : segments) {
            int start = map(s.start(), false);
            int end = map(s.end(), true);
            if (end > start) {
                mapped.add(new LanguageSegment(s.language(), start, end, s.confidence()));
            }
        }
        return List.copyOf(mapped);
    }

    private int map(int offset, boolean isEnd) {
        int lo = 0;
        int hi = viewStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (viewStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (offset >= viewEnds[lo]) {
            // at or past the end of a (possibly cut) paragraph: an end takes the paragraph's real end
            return isEnd ? originalEnds[lo] : originalEnds[lo] + (offset - viewEnds[lo]);
        }
        return originalStarts[lo] + (offset - viewStarts[lo]);
    }
}
