package io.wirestream.enrichment.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes a trailing paragraph that is only an agency credit in parentheses, such as
 * {@code (Reuters)}, {@code (AFP, AP)} or {@code (الأناضول، العربي الجديد)}, and records the names as
 * credits. Names are split on {@code , ، / ; ؛}, on the conjunctions {@code and et und y и ve}, and on
 * the Arabic {@code و} prefixed to a word after a space. Report key {@code credit-line}.
 *
 * <p>Sharp edges: a parenthesised last paragraph is taken as a credit only when every part is a
 * short name (at most 5 words, no digits or sentence punctuation), so editorial notes such as
 * "(This story has been corrected ...)" stay. An Arabic name that starts with {@code و} after a
 * space inside one credit (rare) is split. A lone paragraph is never removed.
 */
final class CreditLineStage implements CleaningStage {

    private static final Pattern LINE = Pattern.compile("^[(\\[（]\\s*([^()\\[\\]（）\\n]{1,160}?)\\s*[)\\]）][.。]?$");
    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s*[,،/;؛、，]\\s*|\\s+(?:and|et|und|y|и|ve)\\s+|\\s+و\\s*(?=\\p{IsArabic})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NOT_A_NAME = Pattern.compile("[\\p{Nd}.!?؟:\"«»]");
    private static final int MAX_WORDS = 5;
    private static final int MAX_NAMES = 8;
    private static final int MAX_LINES = 4;

    @Override
    public Draft apply(Draft draft) {
        Objects.requireNonNull(draft, "draft");
        Draft current = draft;
        for (int round = 0; round < MAX_LINES; round++) {
            String text = current.text();
            int lastBreak = text.lastIndexOf("\n\n");
            if (lastBreak < 0) {
                return current;
            }
            List<String> names = credits(text.substring(lastBreak + 2));
            if (names.isEmpty()) {
                return current;
            }
            current =
                    current.edit(lastBreak, text.length(), "", "credit-line", 1).withCreditsFirst(names);
        }
        return current;
    }

    static List<String> credits(String paragraph) {
        Matcher m = LINE.matcher(paragraph);
        if (!m.matches()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String part : SEPARATORS.split(m.group(1))) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (NOT_A_NAME.matcher(name).find()
                    || name.split(" ").length > MAX_WORDS
                    || !name.codePoints().anyMatch(Character::isLetter)) {
                return List.of();
            }
            names.add(name);
        }
        return names.size() > MAX_NAMES ? List.of() : names;
    }
}
