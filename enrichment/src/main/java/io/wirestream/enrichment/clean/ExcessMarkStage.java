package io.wirestream.enrichment.clean;

import java.util.Objects;

/**
 * Caps runs of combining marks at {@value #MAX_RUN}, the limit of Unicode's Stream-Safe Text Format
 * (UAX #15): no script needs more on one base letter (Arabic with full harakat and Quranic marks uses
 * a handful), while "Zalgo" text stacks hundreds, and NFC's canonical reordering of a long run costs its
 * square. Must run before {@link NfcStage}. Report key {@code excess-mark}: marks removed.
 */
final class ExcessMarkStage implements CleaningStage {

    static final int MAX_RUN = 30;

    @Override
    public Draft apply(Draft draft) {
        String text = Objects.requireNonNull(draft, "draft").text();
        StringBuilder out = null;
        int run = 0;
        int removed = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            run = isMark(cp) ? run + 1 : 0;
            if (run > MAX_RUN) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                removed++;
            } else if (out != null) {
                out.append(text, i, i + width);
            }
            i += width;
        }
        return out == null ? draft : draft.withText(out.toString(), "excess-mark", removed);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
