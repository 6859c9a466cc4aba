package io.wirestream.enrichment.entity;

import java.util.Objects;

/**
 * A named entity found in a text.
 *
 * @param type          the entity class; never null
 * @param text          the surface as written, {@code text.substring(start, end)} of the tagged text; never null
 * @param start         start offset into the text given to {@link EntityTagger#tag}, inclusive
 * @param end           end offset, exclusive
 * @param baseForm      the surface without attached particles (Arabic {@code بالقدس} -> {@code القدس}); equal to
 *                      {@code text} when nothing was stripped; never null
 * @param canonicalId   stable id shared across languages ({@code country:IL}, {@code loc:baku}), or null when unknown
 * @param canonicalName English display name for {@code canonicalId}, or null
 * @param confidence    in [0, 1]
 */
public record EntityMention(
        EntityType type,
        String text,
        int start,
        int end,
        String baseForm,
        String canonicalId,
        String canonicalName,
        double confidence) {

    public EntityMention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(baseForm, "baseForm");
        if (start < 0 || end <= start || end - start != text.length()) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for \"" + text + "\"");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }

    /** The same mention with its offsets moved by {@code offset} (from a part of a text into the whole). */
    public EntityMention shifted(int offset) {
        return offset == 0
                ? this
                : new EntityMention(
                        type, text, start + offset, end + offset, baseForm, canonicalId, canonicalName, confidence);
    }
}
