package io.wirestream.enrichment.lang;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Unicode script groups as language evidence. Stateless. */
final class Scripts {

    /** Script groups that decide which languages are possible. Han and kana are one group: Japanese mixes them. */
    enum Group {
        LATIN, CYRILLIC, ARABIC, HEBREW, GREEK, CJK, HANGUL, DEVANAGARI, BENGALI, GURMUKHI, GUJARATI, TAMIL, TELUGU,
        KANNADA, MALAYALAM, SINHALA, THAI, GEORGIAN, ARMENIAN, OTHER
    }

    /** Links, domains, mentions and hashtags carry no language even though they are made of letters. */
    private static final Pattern NOT_LANGUAGE = Pattern.compile(
            "(?:https?://|www\\.)\\S+"
                    + "|\\b(?:[a-z0-9-]+\\.)+(?:com|org|net|gov|edu|int|io|co|uk|de|fr|ru|info|me|ly|tv)\\b(?:/\\S*)?"
                    + "|\\S+@\\S+\\.\\w+|[@#][\\p{L}\\p{N}_]+");

    private Scripts() {
    }

    /** The group of a letter, or null for anything that is not a letter. */
    static Group groupOf(int cp) {
        if (!Character.isLetter(cp)) {
            return null;
        }
        return switch (Character.UnicodeScript.of(cp)) {
            case LATIN -> Group.LATIN;
            case CYRILLIC -> Group.CYRILLIC;
            case ARABIC -> Group.ARABIC;
            case HEBREW -> Group.HEBREW;
            case GREEK -> Group.GREEK;
            case HAN, HIRAGANA, KATAKANA, BOPOMOFO -> Group.CJK;
            case HANGUL -> Group.HANGUL;
            case DEVANAGARI -> Group.DEVANAGARI;
            case BENGALI -> Group.BENGALI;
            case GURMUKHI -> Group.GURMUKHI;
            case GUJARATI -> Group.GUJARATI;
            case TAMIL -> Group.TAMIL;
            case TELUGU -> Group.TELUGU;
            case KANNADA -> Group.KANNADA;
            case MALAYALAM -> Group.MALAYALAM;
            case SINHALA -> Group.SINHALA;
            case THAI -> Group.THAI;
            case GEORGIAN -> Group.GEORGIAN;
            case ARMENIAN -> Group.ARMENIAN;
            default -> Group.OTHER;
        };
    }

    static boolean isKana(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
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
