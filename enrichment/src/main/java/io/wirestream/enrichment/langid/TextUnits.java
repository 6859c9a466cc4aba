package io.wirestream.enrichment.langid;

import io.wirestream.enrichment.lang.NonLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits text into the units language is decided on (sentences inside paragraphs) and masks what is not language. Stateless. */
final class TextUnits {

    /** Links, domains, e-mail addresses, mentions and hashtags carry no language though they are made of letters. */
    // Every repetition that can meet a long run of one character class is bounded (DNS label 63,
    // local part 64, domain 253), so the scan stays linear on hostile text such as a 200,000-character token.
    private static final Pattern NOT_LANGUAGE = Pattern.compile("(?:https?://|www\\.)\\S+"
            + "|\\b(?:[A-Za-z0-9-]{1,63}\\.){1,8}(?:com|org|net|gov|edu|int|io|co|uk|de|fr|ru|info|me|ly|tv)\\b(?:/\\S*)?"
            + "|[^\\s@]{1,64}@[^\\s@]{1,253}\\.\\w+|[@#][\\p{L}\\p{N}_]+");

    private static final String TERMINATORS = ".!?\u2026\u3002\uFF01\uFF1F\u061F\u06D4\u0964";
    private static final String FULL_WIDTH_TERMINATORS = "\u3002\uFF01\uFF1F";
    private static final String OPENERS = "\u00AB\u201E\u2039\u300C\u300E(";
    private static final String CLOSERS = "\u00BB\u201D\u203A\u300D\u300F)";
    /** A run of another script needs this many letters to become a unit of its own inside a sentence. */
    static final int MIN_SCRIPT_RUN = 30;
    /** A quote longer than this is not a quoted phrase but unbalanced punctuation; sentence splitting resumes. */
    private static final int MAX_QUOTE_CHARS = 400;

    /** Characters below U+0800 that {@link #sentences} must look at; everything else there is skipped at once. */
    private static final boolean[] SPECIAL = new boolean[0x800];

    static {
        for (char c : (TERMINATORS + OPENERS + CLOSERS + "\"\n").toCharArray()) {
            if (c < SPECIAL.length) {
                SPECIAL[c] = true;
            }
        }
    }

    /** A unit: {@code [start, end)} of the text; {@code paragraphStart} when a line break precedes it. */
    record Unit(int start, int end, boolean paragraphStart) {}

    private TextUnits() {}

    /** A copy of {@code text} with links, domains, mentions and hashtags blanked to spaces (same length). */
    static String mask(CharSequence text) {
        return NonLanguage.mask(text, NOT_LANGUAGE);
    }

    /**
     * Sentences of each paragraph (lines), in order; they tile the text. A terminator inside a quotation or
     * parentheses does not end a sentence, so a quoted phrase stays in the sentence that quotes it.
     */
    static List<Unit> split(String text) {
        List<Unit> units = new ArrayList<>();
        for (Unit sentence : sentences(text)) {
            splitByScript(text, sentence, units);
        }
        return units;
    }

    /**
     * Splits a sentence where it changes script for at least {@link #MIN_SCRIPT_RUN} letters (an English
     * line inside an Urdu sentence); shorter runs (names, acronyms) stay where they are.
     */
    private static void splitByScript(String text, Unit sentence, List<Unit> out) {
        List<int[]> runs = new ArrayList<>(); // {group, start, letters}
        int[] current = null;
        int wordStart = sentence.start();
        boolean inWord = false;
        for (int i = sentence.start(); i < sentence.end(); ) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp)) {
                inWord = false;
            } else {
                if (!inWord) {
                    wordStart = i;
                    inWord = true;
                }
                if (Character.isLetter(cp)) {
                    int group = NgramLanguageDetector.groupOf(cp);
                    if (current == null || (group != current[0] && wordStart > current[1])) {
                        current = new int[] {group, current == null ? sentence.start() : wordStart, 0};
                        runs.add(current);
                    }
                    current[2]++;
                }
            }
            i += Character.charCount(cp);
        }
        // Fold short runs into the run before them (or after, at the start), then join equal neighbours.
        List<int[]> kept = new ArrayList<>();
        for (int[] run : runs) {
            if (run[2] >= MIN_SCRIPT_RUN || kept.isEmpty()) {
                if (!kept.isEmpty() && kept.get(kept.size() - 1)[0] == run[0]) {
                    kept.get(kept.size() - 1)[2] += run[2];
                } else if (!kept.isEmpty() && kept.get(kept.size() - 1)[2] < MIN_SCRIPT_RUN) {
                    int[] head = kept.remove(kept.size() - 1); // a short leading run joins the first long one
                    kept.add(new int[] {run[0], head[1], head[2] + run[2]});
                } else {
                    kept.add(run);
                }
            } else {
                kept.get(kept.size() - 1)[2] += run[2];
            }
        }
        int start = sentence.start();
        for (int k = 1; k < kept.size(); k++) {
            out.add(new Unit(start, kept.get(k)[1], start == sentence.start() && sentence.paragraphStart()));
            start = kept.get(k)[1];
        }
        out.add(new Unit(start, sentence.end(), start == sentence.start() && sentence.paragraphStart()));
    }

    private static List<Unit> sentences(String text) {
        List<Unit> units = new ArrayList<>();
        int n = text.length();
        int start = 0;
        boolean paragraphStart = true;
        int depth = 0;
        boolean straight = false;
        int quoteStart = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < SPECIAL.length && !SPECIAL[c]) {
                continue;
            }
            if (c == '\n') {
                if (i > start) {
                    units.add(new Unit(start, i, paragraphStart));
                    start = i;
                }
                paragraphStart = true;
                depth = 0;
                straight = false;
                continue;
            }
            if (OPENERS.indexOf(c) >= 0 || (c == '\u201C' && depth == 0)) {
                if (depth++ == 0) {
                    quoteStart = i;
                }
            } else if ((CLOSERS.indexOf(c) >= 0 || c == '\u201C') && depth > 0) {
                depth--;
            } else if (c == '"') {
                straight = !straight;
                quoteStart = straight ? i : quoteStart;
            }
            if ((depth > 0 || straight) && i - quoteStart > MAX_QUOTE_CHARS) {
                depth = 0;
                straight = false;
            }
            if (TERMINATORS.indexOf(c) < 0 || depth > 0 || straight) {
                continue;
            }
            int end = i + 1;
            while (end < n
                    && (CLOSERS.indexOf(text.charAt(end)) >= 0
                            || "\"'\u2019\u201C".indexOf(text.charAt(end)) >= 0
                            || TERMINATORS.indexOf(text.charAt(end)) >= 0)) {
                end++;
            }
            boolean boundary =
                    end == n || Character.isWhitespace(text.charAt(end)) || FULL_WIDTH_TERMINATORS.indexOf(c) >= 0;
            if (boundary && end < n && text.charAt(end) != '\n') {
                units.add(new Unit(start, end, paragraphStart));
                start = end;
                paragraphStart = false;
            }
            i = end - 1;
        }
        if (start < n) {
            units.add(new Unit(start, n, paragraphStart));
        }
        return units;
    }
}
