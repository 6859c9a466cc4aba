package io.wirestream.enrichment.clean;

import java.util.Objects;

/** For titles: joins lines with one space. Expects {@link WhitespaceStage} to have trimmed the lines. Report key {@code newline}. */
final class SingleLineStage implements CleaningStage {

    @Override
    public Draft apply(Draft draft) {
        String text = Objects.requireNonNull(draft, "draft").text();
        if (text.indexOf('\n') < 0) {
            return draft;
        }
        int count = 0;
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            count++;
            if (!line.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(line);
            }
        }
        return draft.withText(out.toString(), "newline", count - 1);
    }
}
