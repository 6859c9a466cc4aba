package io.wirestream.enrichment.html;

import java.util.Locale;

/** Small, allocation-light text helpers; all linear in their input. */
final class Text {

    private Text() {}

    /** Collapses every run of {@linkplain #isSpace spaces} to one space and strips. */
    static String normalizeSpace(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whitespace, no-break and zero-width spaces, and control characters (which readers never see). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c)
                || c == '\u00a0'
                || c == '\u200b'
                || c == '\u2007'
                || c == '\u202f'
                || c == '\ufeff'
                || Character.getType(c) == Character.CONTROL;
    }

    /** Non-space characters. */
    static int visibleChars(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Text size with Han, kana and Hangul syllables counted three times: they carry a word each. */
    static int weight(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                continue;
            }
            n += isIdeographic(c) ? 3 : 1;
        }
        return n;
    }

    static boolean isIdeographic(char c) {
        return c >= '\u3040' && c <= '\u30ff'
                || c >= '\u3400' && c <= '\u9fff'
                || c >= '\uac00' && c <= '\ud7af'
                || c >= '\uf900' && c <= '\ufaff';
    }

    /** Sentence-ending punctuation in several scripts. */
    static boolean isSentenceEnd(char c) {
        return c == '.'
                || c == '!'
                || c == '?'
                || c == '\u3002'
                || c == '\uff01'
                || c == '\uff1f'
                || c == '\u061f'
                || c == '\u06d4'
                || c == '\u2026'
                || c == '\u0964';
    }

    /** Clause punctuation: commas and semicolons in several scripts. */
    static boolean isClausePunct(char c) {
        return c == ','
                || c == ';'
                || c == '\u060c'
                || c == '\u061b'
                || c == '\uff0c'
                || c == '\u3001'
                || c == '\uff1b';
    }

    static int countPunct(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSentenceEnd(c) || isClausePunct(c)) {
                n++;
            }
        }
        return n;
    }

    /** Whether the text ends like a sentence, ignoring closing quotes and brackets. */
    static boolean endsLikeSentence(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '"'
                    || c == '\''
                    || c == ')'
                    || c == '\u201d'
                    || c == '\u2019'
                    || c == '\u00bb'
                    || c == ']'
                    || isSpace(c)) {
                continue;
            }
            return isSentenceEnd(c) || c == ':';
        }
        return false;
    }

    /**
     * Lower-cased letters and digits with every other run turned into one space: the key phrase lists match
     * against. Keeps Arabic, Cyrillic, CJK and the rest; drops diacritic marks so that optional harakat and
     * accents on capitals do not matter.
     */
    static String matchKey(String s, int maxChars) {
        StringBuilder out = new StringBuilder(Math.min(s.length(), maxChars));
        boolean gap = false;
        for (int i = 0; i < s.length() && out.length() < maxChars; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.FORMAT) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else {
                gap = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
