package io.wirestream.enrichment.entity;

import java.util.List;

/**
 * Finds named entities in text. Implementations are thread-safe and load their resources once, at
 * construction.
 */
public interface EntityTagger {

    /**
     * @param text     the text to tag; never null
     * @param language ISO 639-1/-3 code of the text, or null or {@code "und"} when unknown; it selects
     *                 language rules (e.g. Arabic proclitics) and never filters which names can match
     * @return mentions with offsets into {@code text}, sorted by start, non-overlapping; never null
     */
    List<EntityMention> tag(String text, String language);
}
