package io.wirestream.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The most recent mentions of one canonical entity, newest first, at most a given number.
 *
 * @param mentions newest first
 */
public record MentionList(List<Mention> mentions) {

    public MentionList {
        mentions = List.copyOf(mentions);
    }

    /** No mentions. */
    public static MentionList empty() {
        return new MentionList(List.of());
    }

    /**
     * This list with {@code mention} added, replacing a mention at the same place of the same article
     * (an article enriched again), newest first, cut to {@code limit}.
     */
    public MentionList with(Mention mention, int limit) {
        List<Mention> updated = new ArrayList<>(mentions.size() + 1);
        updated.add(mention);
        for (Mention existing : mentions) {
            if (!(existing.articleId().equals(mention.articleId()) && existing.start() == mention.start())) {
                updated.add(existing);
            }
        }
        updated.sort(Comparator.comparingLong(Mention::timestamp)
                .reversed()
                .thenComparing(Mention::articleId)
                .thenComparingInt(Mention::start));
        return new MentionList(updated.size() > limit ? updated.subList(0, limit) : updated);
    }
}
