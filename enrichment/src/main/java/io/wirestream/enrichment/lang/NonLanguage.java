package io.wirestream.enrichment.lang;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks what carries no language (links, domains, e-mail addresses, mentions, hashtags) the cheap way:
 * the pattern runs only on the whitespace-separated tokens that could hold a match, never on the whole
 * text. Same result as running it over the whole text, for patterns that keep the contract below;
 * on a text with one "U.S." or "3.5" the whole-text run cost quadratic backtracking ({@code \S+@})
 * in every word. Stateless and thread-safe.
 *
 * <p>Contract of a pattern: no match contains ASCII whitespace ({@code \s}: space, tab, line breaks,
 * vertical tab, form feed), and every match contains {@code @}, {@code #}, {@code ://}, {@code www.} or
 * a dot followed by an ASCII letter or digit. Word boundaries at token edges behave as at whitespace,
 * since the matcher's region bounds are opaque.
 */
public final class NonLanguage {

    private NonLanguage() {}

    /** A copy of {@code text} with every match of {@code pattern} blanked to spaces (same length); {@code text} itself when none. */
    public static String mask(CharSequence text, Pattern pattern) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pattern, "pattern");
        StringBuilder out = null;
        Matcher m = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean candidate = false;
            while (i < n && !isSpace(text.charAt(i))) {
                candidate |= isTrigger(text, i, n);
                i++;
            }
            if (!candidate) {
                continue;
            }
            if (m == null) {
                m = pattern.matcher(text);
            }
            m.region(start, i);
            while (m.find()) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                for (int c = m.start(); c < m.end(); c++) {
                    out.setCharAt(c, ' ');
                }
            }
        }
        return out == null ? text.toString() : out.toString();
    }

    /** Letters (code points) of {@code text[start, end)} outside the matches of {@code pattern}. */
    public static int letterCount(CharSequence text, int start, int end, Pattern pattern) {
        String masked = mask(text.subSequence(start, end), pattern);
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

    /** {@code \s} of {@link Pattern} without UNICODE_CHARACTER_CLASS. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isTrigger(CharSequence text, int i, int n) {
        char c = text.charAt(i);
        if (c == '@' || c == '#') {
            return true;
        }
        if (i + 1 >= n) {
            return false;
        }
        char next = text.charAt(i + 1);
        if (c == '.') {
            return next < 0x80 && Character.isLetterOrDigit(next)
                    || i >= 3
                            && (text.charAt(i - 1) | 0x20) == 'w'
                            && (text.charAt(i - 2) | 0x20) == 'w'
                            && (text.charAt(i - 3) | 0x20) == 'w';
        }
        return c == ':' && next == '/' && i + 2 < n && text.charAt(i + 2) == '/';
    }
}
