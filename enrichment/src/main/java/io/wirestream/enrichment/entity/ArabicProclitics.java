package io.wirestream.enrichment.entity;

import io.wirestream.enrichment.clean.MatchingKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The readings of an Arabic word without its proclitics, for matching it against names and nouns: the
 * conjunction و or ف, then the preposition ب ل ك, and the ل + ال contraction read as ال
 * ({@code للولايات} -> {@code الولايات}). A letter's harakat go with it; a reading keeps at least three letters.
 * Shared by {@link GazetteerTagger}, {@link ArabicOrganizationPhrases} and the statistical tagger's base forms
 * ({@link #stripLetter}). Stateless.
 */
public final class ArabicProclitics {

    /**
     * One reading.
     *
     * @param surface  the word as written without the stripped letters ({@code ا} restored for a contraction)
     * @param key      its {@link MatchingKey}
     * @param stripped how many proclitics were removed
     */
    record Reading(String surface, String key, int stripped) {}

    private ArabicProclitics() {}

    /** The readings of {@code surface} with proclitics removed, in order: و/ف alone, then ل + ال, then ب/ل/ك. */
    static List<Reading> readings(String surface) {
        List<Reading> out = new ArrayList<>(4);
        List<Reading> bases = new ArrayList<>(2);
        bases.add(new Reading(surface, null, 0));
        String afterConjunction = stripLetter(surface, "وف");
        if (afterConjunction != null) {
            Reading r = reading(afterConjunction, 1);
            out.add(r);
            bases.add(r);
        }
        for (Reading base : bases) {
            String afterLam = stripLetter(base.surface(), "ل");
            if (afterLam != null && afterLam.startsWith("ل") && afterLam.length() >= 4) {
                out.add(reading("ا" + afterLam, base.stripped() + 1)); // لل + word = ل + ال + word
            }
            String afterPreposition = stripLetter(base.surface(), "بلك");
            if (afterPreposition != null) {
                out.add(reading(afterPreposition, base.stripped() + 1));
            }
        }
        return out;
    }

    private static Reading reading(String surface, int stripped) {
        return new Reading(surface, MatchingKey.of(surface), stripped);
    }

    /**
     * The surface without its first letter (and that letter's harakat) when the letter is one of {@code letters}
     * and at least three letters remain; else null.
     */
    public static String stripLetter(String surface, String letters) {
        if (surface.isEmpty() || letters.indexOf(surface.charAt(0)) < 0) {
            return null;
        }
        int i = 1;
        while (i < surface.length() && Character.getType(surface.charAt(i)) == Character.NON_SPACING_MARK) {
            i++;
        }
        String rest = surface.substring(i);
        return rest.codePointCount(0, rest.length()) >= 3 ? rest : null;
    }
}
