package io.wirestream.enrichment.clean;

/**
 * The form in which short phrases ("Read also", "اقرأ أيضاً", "Stand:") are compared: the
 * {@link MatchingKey} of the text with every run of characters that are neither letters nor digits
 * turned into one space. So harakat, alef forms, case and punctuation do not matter.
 */
final class PhraseKey {

    private PhraseKey() {}

    static String of(String text) {
        String key = MatchingKey.of(text);
        StringBuilder out = new StringBuilder(key.length());
        boolean gap = false;
        for (int i = 0; i < key.length(); ) {
            int cp = key.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(cp);
            } else if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                gap = true;
            }
        }
        return out.toString();
    }

    /** Whether {@code key} is {@code phrase} or starts with it followed by a space (or, for CJK, anything). */
    static boolean startsWith(String key, String phrase) {
        if (!key.startsWith(phrase)) {
            return false;
        }
        if (key.length() == phrase.length() || key.charAt(phrase.length()) == ' ') {
            return true;
        }
        return Character.UnicodeScript.of(phrase.codePointBefore(phrase.length())) == Character.UnicodeScript.HAN;
    }
}
