package io.wirestream.enrichment.ner;

import java.util.List;

/**
 * A tokenized sentence with IOB2 tags ({@code B-PER}, {@code I-PER}, {@code O}), one per token.
 *
 * @param tokens never null
 * @param tags   never null, as many as {@code tokens}
 */
public record TaggedSentence(List<String> tokens, List<String> tags) {

    public TaggedSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
        }
    }
}
