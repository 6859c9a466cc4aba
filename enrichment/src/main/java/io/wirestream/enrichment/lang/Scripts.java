package io.wirestream.enrichment.lang;

import java.util.regex.Pattern;

/** Which letters count as language evidence. Stateless. */
final class Scripts {

    /** Links, domains, mentions and hashtags carry no language even though they are made of letters. */
    // Every repetition that can meet a long run of one character class is bounded (DNS label 63,
    // local part 64, domain 253), so the scan stays linear on hostile text such as a 200,000-character token.
    private static final Pattern NOT_LANGUAGE = Pattern.compile("(?:https?://|www\\.)\\S+"
            + "|\\b(?:[a-z0-9-]{1,63}\\.){1,8}(?:com|org|net|gov|edu|int|io|co|uk|de|fr|ru|info|me|ly|tv)\\b(?:/\\S*)?"
            + "|[^\\s@]{1,64}@[^\\s@]{1,253}\\.\\w+|[@#][\\p{L}\\p{N}_]+");

    private Scripts() {}

    /** A copy of {@code text} with links, domains, mentions and hashtags blanked to spaces (same length). */
    static String maskNonLanguage(CharSequence text) {
        return NonLanguage.mask(text, NOT_LANGUAGE);
    }

    /** Letters in {@code text[start, end)}, links and mentions excluded. */
    static int letterCount(CharSequence text, int start, int end) {
        return NonLanguage.letterCount(text, start, end, NOT_LANGUAGE);
    }
}
