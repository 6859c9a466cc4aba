package io.wirestream.enrichment.clean;

import java.util.Objects;

/**
 * Turns CR LF, CR, NEL, VT, FF and U+2028 into {@code \n}, and U+2029 (paragraph separator) into a
 * blank line. Must run before {@link ControlCharStage}, which would otherwise delete CR and NEL and
 * glue lines together. Report key {@code line-ending}.
 */
final class LineEndingStage implements CleaningStage {

    @Override
    public Draft apply(Draft draft) {
        String text = Objects.requireNonNull(draft, "draft").text();
        StringBuilder out = null;
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\r' -> (i + 1 < text.length() && text.charAt(i + 1) == '\n') ? "" : "\n";
                case '\u0085', '\u000B', '\u000C', '\u2028' -> "\n";
                case '\u2029' -> "\n\n";
                default -> null;
            };
            if (replacement == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            out.append(replacement);
            count++;
        }
        return out == null ? draft : draft.withText(out.toString(), "line-ending", count);
    }
}
