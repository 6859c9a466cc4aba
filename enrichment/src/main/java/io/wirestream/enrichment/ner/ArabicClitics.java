package io.wirestream.enrichment.ner;

import io.wirestream.enrichment.entity.ArabicProclitics;

/**
 * Arabic proclitics: the conjunctions و and ف, the prepositions ب ل ك, the article ال, and the ل + ال
 * contraction (للولايات = ل + الولايات). Two uses with different risk: {@link #stripAll} strips greedily for
 * features (a wrong strip only adds a useless feature); {@link #baseForm} strips a mention's surface only when
 * the stripped word is more frequent in unlabeled text than the written one, or when what remains starts with
 * the article, because many names begin with these letters (بنيامين, فرنسا, كندا, لبنان, وليد). Stateless.
 */
final class ArabicClitics {

    private ArabicClitics() {}

    /** The {@link TokenForms#norm normalized} word without proclitics and article, or null when nothing was stripped. */
    static String stripAll(String norm) {
        int i = stripLength(norm);
        return i == 0 ? null : norm.substring(i);
    }

    /** How many leading characters {@link #stripAll} removes. */
    static int stripLength(String norm) {
        int len = norm.length();
        int i = 0;
        if (len - i > 3 && (norm.charAt(i) == 'و' || norm.charAt(i) == 'ف')) {
            i++;
        }
        boolean article = false;
        if (len - i > 3) {
            char c = norm.charAt(i);
            if (c == 'ل' && norm.charAt(i + 1) == 'ل') {
                i += 2;
                article = true;
            } else if (c == 'ب' || c == 'ك' || c == 'ل') {
                i++;
            }
        }
        if (!article && len - i > 3 && norm.charAt(i) == 'ا' && norm.charAt(i + 1) == 'ل') {
            i += 2;
        }
        return i;
    }

    /**
     * The {@link TokenForms#norm normalized} word without its conjunction and preposition but with its article
     * (والسعوديه -> السعوديه, للصومال -> الصومال, بمراكش -> مراكش), or null when there are none to strip: the
     * form the word has when it stands alone. Strips as greedily as {@link #stripLength}.
     */
    static String withoutParticles(String norm) {
        int len = norm.length();
        int i = 0;
        if (len - i > 3 && (norm.charAt(i) == 'و' || norm.charAt(i) == 'ف')) {
            i++;
        }
        if (len - i > 3) {
            char c = norm.charAt(i);
            if (c == 'ل' && norm.charAt(i + 1) == 'ل') {
                return "ا" + norm.substring(i + 1);
            }
            if (c == 'ب' || c == 'ك' || c == 'ل') {
                i++;
            }
        }
        return i == 0 ? null : norm.substring(i);
    }

    /**
     * The surface without attached particles: بالقدس -> القدس, لإسرائيل -> إسرائيل, والولايات -> الولايات, but
     * بنيامين stays. {@code lexicon} decides the ambiguous cases; null means article evidence only.
     */
    static String baseForm(String surface, Lexicon lexicon) {
        if (surface.isEmpty() || Character.UnicodeScript.of(surface.charAt(0)) != Character.UnicodeScript.ARABIC) {
            return surface;
        }
        int fullFreq = lexicon == null ? 0 : Lexicon.freqBucket(lexicon.info(TokenForms.norm(surface)));
        String best = surface;
        String afterConj = ArabicProclitics.stripLetter(surface, "وف");
        for (String s : afterConj == null ? new String[] {surface} : new String[] {surface, afterConj}) {
            if (s != surface && accept(s, fullFreq, lexicon)) {
                best = s;
            }
            String afterPrep = ArabicProclitics.stripLetter(s, "بلك");
            if (afterPrep != null) {
                if (afterPrep.startsWith("ل") && s.startsWith("ل") && afterPrep.length() >= 4) {
                    String contracted = "ا" + afterPrep; // لل + word = ل + ال + word
                    if (accept(contracted, fullFreq, lexicon) || startsWithArticle(contracted)) {
                        return contracted;
                    }
                }
                if (accept(afterPrep, fullFreq, lexicon) || startsWithArticle(afterPrep)) {
                    return afterPrep;
                }
            }
        }
        if (best == surface && afterConj != null && startsWithArticle(afterConj)) {
            return afterConj;
        }
        return best;
    }

    private static boolean accept(String candidate, int fullFreq, Lexicon lexicon) {
        if (lexicon == null) {
            return false;
        }
        int freq = Lexicon.freqBucket(lexicon.info(TokenForms.norm(candidate)));
        return freq >= 2 && freq > fullFreq;
    }

    private static boolean startsWithArticle(String s) {
        String n = TokenForms.norm(s);
        return n.length() >= 5 && n.startsWith("ال");
    }
}
