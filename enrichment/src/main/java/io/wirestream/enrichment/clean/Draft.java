package io.wirestream.enrichment.clean;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The work-in-progress of the cleaning chain: text plus what stages found so far. Immutable; every
 * change returns a new instance, so stages stay stateless and the chain is trivially thread-safe.
 * Embed offsets always point into {@link #text()}: {@link #edit} shifts or drops them.
 */
record Draft(
        String text,
        Instant publishedAt,
        String publishedAtSource,
        List<String> credits,
        List<Embed> embeds,
        Map<String, Integer> report) {

    Draft {
        credits = List.copyOf(credits);
        embeds = List.copyOf(embeds);
        report = Collections.unmodifiableMap(new TreeMap<>(report));
    }

    static Draft of(String text, Instant publishedAt) {
        return new Draft(text, publishedAt, publishedAt == null ? null : "input", List.of(), List.of(), Map.of());
    }

    /** The same draft with new text; only for stages that run before any embed exists. */
    Draft withText(String newText, String kind, int count) {
        if (!embeds.isEmpty()) {
            throw new IllegalStateException("character stages must run before embeds are extracted");
        }
        return new Draft(newText, publishedAt, publishedAtSource, credits, embeds, counted(kind, count));
    }

    /**
     * Replaces {@code text[start, end)} by {@code replacement}: embeds after it shift, embeds around it
     * stretch or shrink, embeds overlapping it partly are dropped.
     */
    Draft edit(int start, int end, String replacement, String kind, int count) {
        String newText = text.substring(0, start) + replacement + text.substring(end);
        int delta = replacement.length() - (end - start);
        List<Embed> moved = new ArrayList<>(embeds.size());
        for (Embed e : embeds) {
            if (e.end() <= start) {
                moved.add(e);
            } else if (e.start() >= end) {
                moved.add(e.shifted(delta));
            } else if (e.start() <= start && e.end() >= end) {
                moved.add(new Embed(e.kind(), e.start(), e.end() + delta, e.author(), e.handle(), e.date(), e.url()));
            }
        }
        return new Draft(newText, publishedAt, publishedAtSource, credits, moved, counted(kind, count));
    }

    /** One replacement of {@code text[start, end)}, in the coordinates of the draft it is applied to. */
    record Edit(int start, int end, String replacement) {
        Edit {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad edit [" + start + ", " + end + ")");
            }
        }

        static Edit delete(int start, int end) {
            return new Edit(start, end, "");
        }
    }

    /**
     * Applies many replacements in one pass, so a stage that removes thousands of lines costs one copy of
     * the text, not one per line. {@code added} embeds are given in this draft's coordinates, as if they
     * had existed before the edits; every embed then moves as with {@link #edit}. Edits must not overlap.
     *
     * @param counts report kind -> count for what the edits removed
     */
    Draft apply(List<Edit> edits, List<Embed> added, Map<String, Integer> counts) {
        if (edits.isEmpty() && added.isEmpty()) {
            return this;
        }
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        StringBuilder out = new StringBuilder(text.length());
        int[] ends = new int[sorted.size()];
        long[] shiftAfter = new long[sorted.size()];
        int at = 0;
        long shift = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Edit e = sorted.get(i);
            if (e.start() < at || e.end() > text.length()) {
                throw new IllegalArgumentException("overlapping or out-of-range edit " + e);
            }
            out.append(text, at, e.start()).append(e.replacement());
            at = e.end();
            shift += e.replacement().length() - (e.end() - e.start());
            ends[i] = e.end();
            shiftAfter[i] = shift;
        }
        out.append(text, at, text.length());
        List<Embed> all = new ArrayList<>(embeds.size() + added.size());
        all.addAll(embeds);
        all.addAll(added);
        List<Embed> moved = new ArrayList<>(all.size());
        for (Embed e : all) {
            if (!cutsAcross(sorted, e)) {
                int start = (int) (e.start() + shiftUpTo(ends, shiftAfter, e.start()));
                int end = (int) (e.end() + shiftUpTo(ends, shiftAfter, e.end()));
                moved.add(new Embed(e.kind(), start, end, e.author(), e.handle(), e.date(), e.url()));
            }
        }
        moved.sort((a, b) ->
                a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        Map<String, Integer> report = this.report;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            report = counted(report, c.getKey(), c.getValue());
        }
        return new Draft(out.toString(), publishedAt, publishedAtSource, credits, moved, report);
    }

    /** Total length change of the edits that end at or before {@code pos}. */
    private static long shiftUpTo(int[] ends, long[] shiftAfter, int pos) {
        int lo = 0;
        int hi = ends.length; // first edit ending after pos
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? 0 : shiftAfter[lo - 1];
    }

    /** Whether an edit overlaps the embed without lying inside it (such an embed is dropped). */
    private static boolean cutsAcross(List<Edit> sorted, Embed e) {
        int lo = 0;
        int hi = sorted.size(); // first edit ending after e.start()
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).end() <= e.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < sorted.size() && sorted.get(i).start() < e.end(); i++) {
            Edit x = sorted.get(i);
            if (x.start() == x.end()) {
                continue;
            }
            if (x.start() < e.start() || x.end() > e.end()) {
                return true;
            }
        }
        return false;
    }

    Draft withPublishedAtFromText(Instant instant) {
        if (publishedAt != null) {
            return this;
        }
        return new Draft(text, instant, "text", credits, embeds, report);
    }

    Draft withCreditsFirst(List<String> found) {
        List<String> all = new ArrayList<>(found);
        all.addAll(credits);
        return new Draft(text, publishedAt, publishedAtSource, all, embeds, report);
    }

    Draft withEmbed(Embed embed) {
        List<Embed> all = new ArrayList<>(embeds);
        all.add(embed);
        all.sort((a, b) ->
                a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        return new Draft(text, publishedAt, publishedAtSource, credits, all, report);
    }

    Draft count(String kind, int count) {
        return new Draft(text, publishedAt, publishedAtSource, credits, embeds, counted(kind, count));
    }

    private Map<String, Integer> counted(String kind, int count) {
        return counted(report, kind, count);
    }

    private static Map<String, Integer> counted(Map<String, Integer> report, String kind, int count) {
        if (count <= 0) {
            return report;
        }
        Map<String, Integer> next = new TreeMap<>(report);
        next.merge(kind, count, Integer::sum);
        return next;
    }
}
