package io.wirestream.enrichment.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Splits raw text into sentences of tokens that keep their offsets, the way the training corpora are tokenized:
 * runs of letters, marks and digits are words (with joiners inside: {@code Arab-Israeli}, {@code 1,000.5},
 * {@code U.S.}, {@code Ankara'da}, ZWNJ in Persian); every other visible character is a token; Chinese and
 * Japanese are one token per character, as in the character-level corpora; English splits {@code 's} and
 * {@code n't} off and keeps the period of common abbreviations ({@code Corp.}, {@code Mr.}). Arabic clitics stay
 * attached, as in ANERcorp: the tagger's base form removes them. Sentences end after {@code . ! ? ؟ 。} followed
 * by space, and at every line break (cleaned text has one paragraph per line); a sentence is cut at 250 tokens. Stateless and thread-safe.
 */
public final class NerTokenizer {

    /** A token: {@code text} is {@code source.substring(start, end)}. */
    public record Token(String text, int start, int end) {}

    private static final int MAX_SENTENCE = 250;
    private static final Set<String> EN_ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "corp", "inc", "ltd", "co", "vs", "gen", "col", "lt",
            "sgt", "gov", "sen", "rep", "rev", "mt", "ft", "no", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
            "bros", "plc", "cie", "e.g", "i.e");
    private static final List<String> EN_CLITICS = List.of("n't", "'s", "'re", "'ve", "'ll", "'d", "'m");

    private NerTokenizer() {}

    /** All tokens of {@code text}, in order. */
    public static List<Token> tokenize(String text, String language) {
        List<Token> out = new ArrayList<>();
        for (List<Token> s : sentences(text, language)) {
            out.addAll(s);
        }
        return out;
    }

    /** Tokens grouped into sentences. */
    public static List<List<Token>> sentences(String text, String language) {
        Objects.requireNonNull(text, "text");
        String lang = language == null ? "und" : language.toLowerCase(Locale.ROOT);
        boolean perChar = lang.equals("zh") || lang.equals("ja");
        boolean english = lang.equals("en");
        List<List<Token>> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (cp == '\n') {
                    flush(sentences, current);
                }
                i += len;
                continue;
            }
            if (Character.getType(cp) == Character.FORMAT && cp != 0x200C && cp != 0x200D) {
                i += len;
                continue;
            }
            if (perChar && !isAsciiAlnum(cp) || !isWordPart(cp)) {
                current.add(new Token(text.substring(i, i + len), i, i + len));
                i += len;
                if (!perChar || !isWordPart(cp)) {
                    if (isSentenceEnd(cp)
                            && (i >= n || Character.isWhitespace(text.codePointAt(i)) || perChar)
                            && !abbreviationBefore(current, english)) {
                        flush(sentences, current);
                    }
                }
                if (current.size() >= MAX_SENTENCE) {
                    flush(sentences, current);
                }
                continue;
            }
            int end = wordEnd(text, i, perChar);
            if (english) {
                end = englishWord(text, i, end, current);
            } else {
                current.add(new Token(text.substring(i, end), i, end));
            }
            i = end;
            if (current.size() >= MAX_SENTENCE) {
                flush(sentences, current);
            }
        }
        flush(sentences, current);
        return sentences;
    }

    private static int wordEnd(String text, int from, boolean asciiOnly) {
        int n = text.length();
        int end = from;
        while (end < n) {
            int cp = text.codePointAt(end);
            if (isWordPart(cp) && (!asciiOnly || isAsciiAlnum(cp))) {
                end += Character.charCount(cp);
                continue;
            }
            if (end + 1 < n && isJoiner(text, end, cp) && !asciiOnly) {
                end += 1;
                continue;
            }
            break;
        }
        // dotted acronyms: U.S. , U.N.
        if (end < n
                && text.charAt(end) == '.'
                && end - from == 1
                && Character.isUpperCase(text.charAt(from))
                && end + 2 < n
                && Character.isUpperCase(text.charAt(end + 1))
                && text.charAt(end + 2) == '.') {
            int e = end;
            while (e + 2 < n
                    && text.charAt(e) == '.'
                    && Character.isUpperCase(text.charAt(e + 1))
                    && text.charAt(e + 2) == '.') {
                e += 2;
            }
            end = e + 1;
        }
        return end;
    }

    /** Hyphen, apostrophe, or a period or comma between digits, with word characters on both sides. */
    private static boolean isJoiner(String text, int at, int cp) {
        int prev = text.codePointBefore(at);
        int next = text.codePointAt(at + 1);
        if (!isWordPart(prev) || !isWordPart(next)) {
            return false;
        }
        return switch (cp) {
            case '-', '\u2010', '\u2011', '\'', '\u2019' -> true;
            case '.', ',', ':', '/' -> Character.isDigit(prev) && Character.isDigit(next);
            default -> false;
        };
    }

    private static int englishWord(String text, int start, int end, List<Token> out) {
        String word = text.substring(start, end);
        String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (String clitic : EN_CLITICS) {
            if (lower.endsWith(clitic) && lower.length() > clitic.length()) {
                int cut = end - clitic.length();
                out.add(new Token(text.substring(start, cut), start, cut));
                out.add(new Token(text.substring(cut, end), cut, end));
                return end;
            }
        }
        if (end < text.length()
                && text.charAt(end) == '.'
                && (EN_ABBREVIATIONS.contains(lower) || word.length() == 1 && Character.isUpperCase(word.charAt(0)))) {
            out.add(new Token(text.substring(start, end + 1), start, end + 1));
            return end + 1;
        }
        out.add(new Token(word, start, end));
        return end;
    }

    private static boolean abbreviationBefore(List<Token> current, boolean english) {
        if (current.size() < 2) {
            return false;
        }
        String prev = current.get(current.size() - 2).text();
        return english && prev.length() == 1 && Character.isUpperCase(prev.charAt(0));
    }

    private static void flush(List<List<Token>> sentences, List<Token> current) {
        if (!current.isEmpty()) {
            sentences.add(List.copyOf(current));
            current.clear();
        }
    }

    private static boolean isSentenceEnd(int cp) {
        return cp == '.'
                || cp == '!'
                || cp == '?'
                || cp == '\u061F'
                || cp == '\u3002'
                || cp == '\uFF01'
                || cp == '\uFF1F'
                || cp == '\u2026'
                || cp == '\u06D4';
    }

    private static boolean isAsciiAlnum(int cp) {
        return cp < 0x80 && Character.isLetterOrDigit(cp);
    }

    static boolean isWordPart(int cp) {
        if (cp == 0x200C || cp == 0x200D) {
            return true;
        }
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
