package io.wirestream.enrichment.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Candidate dictionary forms of an inflected name word, for lookups only: Russian case endings
 * ({@code России} -> {@code Россия}, {@code Азербайджана} -> {@code Азербайджан}, {@code Москве} -> {@code Москва})
 * and Turkic case suffixes ({@code Türkiye'nin} -> {@code Türkiye}, Azerbaijani {@code Azərbaycanın} ->
 * {@code Azərbaycan}).
 *
 * <p>Sharp edge: the candidates over-generate on purpose ({@code Москве} also yields {@code Москвь}); they are
 * safe only when checked against a list of known names, as the gazetteer and the linker do. Nothing here
 * is a morphological analyser. Stateless and thread-safe.
 */
public final class BaseForms {

    /** Russian ending -> possible nominative endings, longest endings first. */
    private static final String[][] RUSSIAN = {
        {"иями", "ии"},
        {"ией", "ия"},
        {"иею", "ия"},
        {"ии", "ия"},
        {"ию", "ия"},
        {"ого", "ый", "ий", "ой"},
        {"ому", "ый", "ий", "ой"},
        {"ыми", "ые"},
        {"ими", "ие"},
        {"ами", "ы", "и"},
        {"ями", "и"},
        {"ей", "ея", "я", "ь", "и"},
        {"ею", "ея", "я"},
        {"ее", "ея"},
        {"еи", "ея"},
        {"ой", "а", "ая", "ый", "ой"},
        {"ою", "а"},
        {"ую", "ая"},
        {"юю", "яя"},
        {"ых", "ые", "ы"},
        {"их", "ие", "и"},
        {"ым", "", "ый", "ые"},
        {"им", "ий", "ие"},
        {"ом", ""},
        {"ем", "ь", "й", ""},
        {"ём", "ь", "й"},
        {"ов", "ы", ""},
        {"ев", "и", "ь", ""},
        {"ам", "ы", "а"},
        {"ям", "и", "я"},
        {"ах", "ы", "а"},
        {"ях", "и", "я"},
        {"ы", "а", ""},
        {"и", "а", "я", "ь", "ий"},
        {"е", "а", "я", "ь", "й", "", "о"},
        {"у", "а", ""},
        {"ю", "я", "ь", "й"},
        {"а", "", "о"},
        {"я", "ь", "й", "е"},
    };

    /** Turkish and Azerbaijani case suffixes written after a proper name (with or without an apostrophe). */
    private static final Set<String> TURKIC_SUFFIXES = Set.of(
            "nin", "nın", "nun", "nün", "in", "ın", "un", "ün", "ye", "ya", "yə", "e", "a", "ə", "ne", "na", "nə", "yi",
            "yı", "yu", "yü", "i", "ı", "u", "ü", "ni", "nı", "nu", "nü", "de", "da", "də", "te", "ta", "nde", "nda",
            "ndə", "den", "dan", "dən", "ten", "tan", "nden", "ndan", "ndən", "deki", "daki", "dəki", "dakı", "teki",
            "taki", "ndaki", "ndeki", "ndakı", "ndəki", "le", "la", "lə", "yle", "yla", "ylə", "li", "lı", "lu", "lü",
            "ler", "lar", "lər");

    private static final int MIN_STEM = 3;

    private BaseForms() {}

    /**
     * Possible nominative forms of a Russian word, the word itself excluded; keeps the word's capitalization.
     *
     * @param word one word; never null
     * @return candidates, most specific ending first; empty for non-Cyrillic words
     */
    public static List<String> russianNominatives(String word) {
        List<String> out = new ArrayList<>(8);
        if (word.isEmpty()
                || Character.UnicodeScript.of(word.codePointAt(word.length() - 1))
                        != Character.UnicodeScript.CYRILLIC) {
            return out;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String[] rule : RUSSIAN) {
            String ending = rule[0];
            if (!lower.endsWith(ending) || lower.length() - ending.length() < 2) {
                continue;
            }
            String stem = word.substring(0, word.length() - ending.length());
            for (int r = 1; r < rule.length; r++) {
                String candidate = stem + rule[r];
                if (candidate.length() >= MIN_STEM && !candidate.equals(word) && !out.contains(candidate)) {
                    out.add(candidate);
                }
            }
        }
        return out;
    }

    /**
     * The stems a Turkish or Azerbaijani word may have before a case suffix written without an apostrophe,
     * the word itself excluded ({@code Bakıda} -> {@code Bakı}, {@code Azərbaycanın} -> {@code Azərbaycan}).
     *
     * @param word one word; never null
     * @return stems of at least three letters, longest first
     */
    public static List<String> turkicStems(String word) {
        List<String> out = new ArrayList<>(4);
        String lower = word.toLowerCase(Locale.ROOT);
        for (int cut = Math.max(1, word.length() - 5); cut < word.length(); cut++) {
            if (cut >= MIN_STEM && TURKIC_SUFFIXES.contains(lower.substring(cut))) {
                out.add(word.substring(0, cut));
            }
        }
        return out;
    }

    /**
     * Whether {@code suffix} (the letters after an apostrophe, {@code nin} in {@code Türkiye'nin}) is a Turkic
     * case suffix, alone or stacked ({@code 'dakiler}).
     */
    public static boolean isTurkicSuffix(String suffix) {
        String lower = suffix.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.length() > 8) {
            return false;
        }
        if (TURKIC_SUFFIXES.contains(lower)) {
            return true;
        }
        for (int cut = 1; cut < lower.length(); cut++) {
            if (TURKIC_SUFFIXES.contains(lower.substring(0, cut)) && TURKIC_SUFFIXES.contains(lower.substring(cut))) {
                return true;
            }
        }
        return false;
    }
}
