package io.wirestream.enrichment.clean;

import java.util.Objects;

/** Replaces unpaired UTF-16 surrogates (broken decoding upstream) with U+FFFD. Report key {@code lone-surrogate}. */
final class LoneSurrogateStage implements CleaningStage {

    @Override
    public Draft apply(Draft draft) {
        String text = Objects.requireNonNull(draft, "draft").text();
        StringBuilder out = null;
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append('\uFFFD');
                count++;
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? draft : draft.withText(out.toString(), "lone-surrogate", count);
    }
}
