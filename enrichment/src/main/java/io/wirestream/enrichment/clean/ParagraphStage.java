package io.wirestream.enrichment.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Makes every non-empty line a paragraph and separates paragraphs by exactly one blank line.
 *
 * <p>Sharp edge: a single line break is treated as a paragraph break, because feeds mostly send one
 * paragraph per line; hard-wrapped text (a line break every ~72 characters) becomes one paragraph
 * per line. Report key {@code newline}: line breaks removed.
 */
final class ParagraphStage implements CleaningStage {

    @Override
    public Draft apply(Draft draft) {
        String text = Objects.requireNonNull(draft, "draft").text();
        List<String> paragraphs = new ArrayList<>();
        int newlines = 0;
        for (String line : text.split("\n", -1)) {
            newlines++;
            if (!line.isEmpty()) {
                paragraphs.add(line);
            }
        }
        newlines--; // n lines have n - 1 separators
        String joined = String.join("\n\n", paragraphs);
        if (joined.equals(text)) {
            return draft;
        }
        int kept = Math.max(0, paragraphs.size() - 1) * 2;
        return draft.withText(joined, "newline", Math.max(0, newlines - kept));
    }
}
