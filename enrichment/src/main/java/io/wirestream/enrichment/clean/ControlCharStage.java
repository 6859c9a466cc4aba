package io.wirestream.enrichment.clean;

import java.util.Objects;

/** Removes C0 and C1 control characters except newline and tab. Report key {@code control-char}. */
final class ControlCharStage implements CleaningStage {

    @Override
    public Draft apply(Draft draft) {
        String text = Objects.requireNonNull(draft, "draft").text();
        StringBuilder out = null;
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean drop = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t';
            if (drop) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                count++;
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? draft : draft.withText(out.toString(), "control-char", count);
    }
}
