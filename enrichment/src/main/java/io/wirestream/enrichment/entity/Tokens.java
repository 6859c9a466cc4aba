package io.wirestream.enrichment.entity;

import io.wirestream.enrichment.clean.MatchingKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokenizer shared by gazetteer names and tagged text, so both split the same way: runs of letters,
 * marks and digits are words; every other visible character is a token of its own; Han, kana and Thai
 * characters are one token each (no spaces to split on). Line breaks stop a name from spanning them.
 */
final class Tokens {

    /**
     * @param start       offset of the first char
     * @param end         offset after the last char
     * @param key         the {@link MatchingKey} of the token (apostrophes and hyphens unified)
     * @param word        letters, marks or digits, rather than punctuation
     * @param breakBefore a line break precedes this token
     */
    record Token(int start, int end, String key, boolean word, boolean breakBefore) {}

    private Tokens() {}

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        boolean pendingBreak = false;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingBreak |= cp == '\n';
                i += len;
                continue;
            }
            if (isWordPart(cp) && !isOwnToken(cp)) {
                int end = i + len;
                while (end < text.length()) {
                    int next = text.codePointAt(end);
                    if (!isWordPart(next) || isOwnToken(next)) {
                        break;
                    }
                    end += Character.charCount(next);
                }
                String key = MatchingKey.of(text.substring(i, end));
                if (!key.isEmpty()) {
                    tokens.add(new Token(i, end, key, true, pendingBreak));
                    pendingBreak = false;
                }
                i = end;
                continue;
            } else if (isFormat(cp)) {
                i += len; // invisible joiners inside names (ZWNJ in Persian) are not tokens
                continue;
            } else {
                boolean word = isWordPart(cp);
                tokens.add(new Token(i, i + len, punctuationKey(text.substring(i, i + len)), word, pendingBreak));
                i += len;
            }
            pendingBreak = false;
        }
        return tokens;
    }

    static boolean isWordPart(int cp) {
        if (cp == 0x200C || cp == 0x200D) {
            return true; // ZWNJ/ZWJ sit inside Persian words: کتاب‌ها is one word
        }
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isFormat(int cp) {
        return Character.getType(cp) == Character.FORMAT;
    }

    private static boolean isOwnToken(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.THAI;
    }

    private static String punctuationKey(String s) {
        return switch (s) {
            case "\u2019", "\u2018", "\u02BC", "`", "\u00B4" -> "'";
            case "\u2010", "\u2011", "\u2012", "\u2013", "\u2212" -> "-";
            default -> MatchingKey.of(s);
        };
    }
}
