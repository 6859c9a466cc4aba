package io.wirestream.enrichment.clean;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A normalized form of text for comparing, never for showing: dedup keys, content hashes,
 * gazetteer lookups. Stateless and thread-safe.
 *
 * <p>Steps: NFKC; Arabic harakat, Quranic marks, superscript alef and tatweel removed; alef variants
 * (أ إ آ ٱ) to ا; alef maqsura ى and Persian/Urdu yeh (ی ې) to ي; Persian keheh ک to ك; teh marbuta ة and
 * heh variants (ۀ ە ھ ہ) to ه; decimal digits of every script (Arabic-Indic, Persian, Devanagari,
 * full-width…) to ASCII; invisible format characters
 * (ZWNJ, ZWJ, bidi controls, soft hyphen) removed; case folded with {@link Locale#ROOT} (upper then
 * lower, so ß and SS meet; the dot that Turkish İ leaves behind is dropped); whitespace collapsed to
 * single spaces and trimmed. Latin diacritics are kept: they tell words apart in Turkish, French,
 * German.
 */
public final class MatchingKey {

    private MatchingKey() {}

    /**
     * @param text any text; never null
     * @return the key; empty when {@code text} has nothing but removable characters
     */
    public static String of(String text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return ofUnicode(text);
            }
        }
        return ofAscii(text);
    }

    /**
     * The key of ASCII text, most tokens and names: NFKC and the character mappings leave ASCII as it is
     * (but for NUL, which is dropped) and folding is ASCII lower case, so only case and whitespace are left.
     * Same result as {@link #ofUnicode} (a property test compares them), without its intermediate strings.
     */
    static String ofAscii(String text) {
        StringBuilder key = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                continue; // dropped by the mapping, as in ofUnicode
            }
            if (Character.isWhitespace(c)) {
                space = key.length() > 0;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return key.toString();
    }

    /** The key of any text, by every step in the class description. */
    static String ofUnicode(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            char mapped = map(c);
            if (mapped != 0) {
                out.append(mapped);
            }
        }
        String folded = out.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '\u0307' && i > 0 && folded.charAt(i - 1) == 'i') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = key.length() > 0;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.append(c);
        }
        return key.toString();
    }

    /** The replacement for one char, or 0 to drop it. */
    private static char map(char c) {
        if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED') || c == '\u0640') {
            return 0;
        }
        if (c == '\u200B'
                || c == '\u200C'
                || c == '\u200D'
                || c == '\u200E'
                || c == '\u200F'
                || c == '\u061C'
                || c == '\u00AD'
                || c == '\u2060'
                || c == '\uFEFF'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')) {
            return 0;
        }
        if (c > '9' && Character.isDigit(c)) {
            return (char) ('0' + Character.digit(c, 10));
        }
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى', 'ی', 'ې', 'ۍ' -> 'ي';
            case 'ک' -> 'ك';
            case 'ة', 'ۀ', 'ە', 'ھ', 'ہ' -> 'ه';
            default -> c;
        };
    }
}
