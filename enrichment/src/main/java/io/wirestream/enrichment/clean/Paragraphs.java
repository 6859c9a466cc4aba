package io.wirestream.enrichment.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * The paragraph boundaries of a body after {@link ParagraphStage}: paragraphs separated by exactly
 * {@code "\n\n"}. Lets a stage judge every paragraph and remove many in one {@link Draft#apply} pass.
 */
final class Paragraphs {

    private final String text;
    private final int[] starts;
    private final int[] ends;

    private Paragraphs(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    static Paragraphs of(String text) {
        if (text.isEmpty()) {
            return new Paragraphs(text, new int[0], new int[0]);
        }
        List<Integer> breaks = new ArrayList<>();
        for (int at = text.indexOf("\n\n"); at >= 0; at = text.indexOf("\n\n", at + 2)) {
            breaks.add(at);
        }
        int n = breaks.size() + 1;
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = i == 0 ? 0 : breaks.get(i - 1) + 2;
            ends[i] = i == n - 1 ? text.length() : breaks.get(i);
        }
        return new Paragraphs(text, starts, ends);
    }

    int size() {
        return starts.length;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    int length(int i) {
        return ends[i] - starts[i];
    }

    /** The paragraph, or its first {@code max} chars: judging a paragraph never needs more. */
    String head(int i, int max) {
        return text.substring(starts[i], Math.min(ends[i], starts[i] + max));
    }

    String get(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /**
     * Deletions that remove the flagged paragraphs with their separators, so the rest is still joined
     * by exactly one blank line.
     */
    List<Draft.Edit> removals(boolean[] remove) {
        List<Draft.Edit> edits = new ArrayList<>();
        int n = size();
        for (int i = 0; i < n; ) {
            if (!remove[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && remove[j + 1]) {
                j++;
            }
            if (j + 1 < n) {
                edits.add(Draft.Edit.delete(starts[i], starts[j + 1]));
            } else {
                edits.add(Draft.Edit.delete(i == 0 ? 0 : ends[i - 1], text.length()));
            }
            i = j + 1;
        }
        return edits;
    }
}
