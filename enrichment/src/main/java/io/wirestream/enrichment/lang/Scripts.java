package io.wirestream.enrichment.lang;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which letters count as language evidence. Stateless. */
final class Scripts {

    /** Links, domains, mentions and hashtags carry no language even though they are made of letters. */
    private static final Pattern NOT_LANGUAGE = Pattern.compile(
            "(?:https?://|www\\.)\\S+"
                    + "|\\b(?:[a-z0-9-]+\\.)+(?:com|org|net|gov|edu|int|io|co|uk|de|fr|ru|info|me|ly|tv)\\b(?:/\\S*)?"
                    + "|\\S+@\\S+\\.\\w+|[@#][\\p{L}\\p{N}_]+");

    private Scripts() {
    }

    /** A copy of {@code text} with links, domains, mentions and hashtags blanked to spaces (same length). */
    static String maskNonLanguage(CharSequence text) {
        Matcher m = NOT_LANGUAGE.matcher(text);
        if (!m.find()) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        } while (m.find());
        return out.toString();
    }

    /** Letters in {@code text[start, end)}, links and mentions excluded. */
    static int letterCount(CharSequence text, int start, int end) {
        String masked = maskNonLanguage(text.subSequence(start, end));
        int count = 0;
        for (int i = 0; i < masked.length(); ) {
            int cp = masked.codePointAt(i);
            if (Character.isLetter(cp)) {
                count++;
            }
            i += Character.charCount(cp);
        }
        return count;
    }
}
