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
record Draft(String text, Instant publishedAt, String publishedAtSource, List<String> credits, List<Embed> embeds,
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
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        return new Draft(text, publishedAt, publishedAtSource, credits, all, report);
    }

    Draft count(String kind, int count) {
        return new Draft(text, publishedAt, publishedAtSource, credits, embeds, counted(kind, count));
    }

    private Map<String, Integer> counted(String kind, int count) {
        if (count <= 0) {
            return report;
        }
        Map<String, Integer> next = new TreeMap<>(report);
        next.merge(kind, count, Integer::sum);
        return next;
    }
}
