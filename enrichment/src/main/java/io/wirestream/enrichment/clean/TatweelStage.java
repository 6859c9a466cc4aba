package io.wirestream.enrichment.clean;

import java.util.Objects;

/**
 * Removes the Arabic tatweel U+0640, a typographic stretch with no meaning, which splits words for
 * matching and models. Runs before {@link InvisibleCharStage} because a tatweel next to a ZWNJ would
 * otherwise decide whether the ZWNJ is kept. Report key {@code tatweel}.
 */
final class TatweelStage implements CleaningStage {

    @Override
    public Draft apply(Draft draft) {
        String text = Objects.requireNonNull(draft, "draft").text();
        if (text.indexOf('\u0640') < 0) {
            return draft;
        }
        StringBuilder out = new StringBuilder(text.length());
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0640') {
                count++;
            } else {
                out.append(c);
            }
        }
        return draft.withText(out.toString(), "tatweel", count);
    }
}
