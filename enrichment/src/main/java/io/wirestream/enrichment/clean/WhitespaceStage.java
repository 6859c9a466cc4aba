package io.wirestream.enrichment.clean;

import java.util.Objects;

/**
 * Turns every horizontal space (tab, NBSP, narrow NBSP, en/em spaces, ideographic space...) into
 * U+0020, collapses runs to one space and trims every line. Report key {@code whitespace}: the
 * number of characters removed or replaced.
 *
 * <p>Sharp edge: French typography's narrow no-break space before {@code ; : ! ?} becomes a normal
 * space; text stays readable but may wrap there.
 */
final class WhitespaceStage implements CleaningStage {

    @Override
    public Draft apply(Draft draft) {
        String text = Objects.requireNonNull(draft, "draft").text();
        StringBuilder out = new StringBuilder(text.length());
        int changed = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (pendingSpace) {
                    changed++;
                    pendingSpace = false;
                }
                out.append('\n');
            } else if (isHorizontalSpace(c)) {
                if (pendingSpace || out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
                    changed++;
                } else {
                    pendingSpace = true;
                    if (c != ' ') {
                        changed++;
                    }
                }
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        if (pendingSpace) {
            changed++;
        }
        return changed == 0 ? draft : draft.withText(out.toString(), "whitespace", changed);
    }

    static boolean isHorizontalSpace(char c) {
        return c != '\n' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
