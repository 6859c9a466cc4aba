package io.wirestream.enrichment.entity;

import io.wirestream.enrichment.entity.Tokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Arabic organization names built as descriptive phrases, which no list can hold and the statistical model
 * rarely learns: an institution noun, its adjectives, and what tells the body apart: a national adjective
 * ({@code الإسرائيلية}, {@code الفلسطيني}) or a {@code لل} complement naming its field.
 * {@code الهيئة الوطنية الإسرائيلية للذكاء الاصطناعي}, {@code اللجنة الدولية للصليب الأحمر},
 * {@code السلطة الفلسطينية}, {@code وكالة الأنباء العراقية}, {@code حزب المحافظين البريطاني}.
 *
 * <p>The phrase: an institution noun (definite, or indefinite before a definite noun in construct:
 * {@code وكالة الأنباء}), optionally behind proclitics (read as the gazetteer reads them, {@link ArabicProclitics}); then adjectives ending in ي or ية; then at
 * most one {@code لل} complement with up to two definite adjectives after it (not one a preposition follows:
 * {@code للحصول على} is part of the sentence). It is an organization when it
 * has a national adjective (an adjective whose base is a place the gazetteer knows: {@code الإسرائيلية} from
 * {@code إسرائيل}, {@code البريطاني} from {@code بريطانيا}) or a {@code لل} complement after at least one
 * adjective or a construct noun. Governments, armies and administrations are not institution nouns here
 * ({@code الحكومة الإسرائيلية} is no name). A phrase that begins with a name the gazetteer knows
 * ({@code حزب الله اللبناني}) is left to the gazetteer, which links it.
 *
 * <p>Measured against ANERcorp's training split ({@code EvaluateOrganizationPhrases}, command in the README):
 * of 84 phrases found, 12 are exactly a gold organization, 21 overlap a gold entity with other bounds, and 51 lie
 * on untagged text. Read one by one, about 43 of those 51 are organizations the corpus leaves untagged
 * ({@code وكالة الصحافة الفرنسية}, {@code المجلس التشريعي الفلسطيني}, {@code مجلس الشيوخ الامريكي}) and about
 * 8 are descriptions ({@code شركة السيارات الصينية}). This is why the rule lives in the combined tagger and not
 * in the model: against that corpus's conventions it costs precision, against a reader's it finds names.
 *
 * <p>Immutable and thread-safe.
 */
public final class ArabicOrganizationPhrases implements EntityTagger {

    /** Institution nouns, as {@link io.wirestream.enrichment.clean.MatchingKey} keys without the article. */
    static final Set<String> INSTITUTIONS = Set.of(
            "هيئه",
            "وكاله",
            "مؤسسه",
            "منظمه",
            "جمعيه",
            "شركه",
            "مجلس",
            "اتحاد",
            "لجنه",
            "مركز",
            "معهد",
            "جامعه",
            "اكاديميه",
            "بنك",
            "مصرف",
            "صندوق",
            "محكمه",
            "سلطه",
            "مديريه",
            "جهاز",
            "حزب",
            "نقابه",
            "رابطه",
            "مفوضيه");

    /**
     * Prepositions that show a {@code لل} word is a verbal noun of the sentence ({@code للحصول على}), not the
     * body's field ({@link io.wirestream.enrichment.clean.MatchingKey} keys).
     */
    static final Set<String> PREPOSITIONS = Set.of("علي", "الي", "في", "من", "عن", "مع");

    /** Confidence of a phrase: a little under the ~85% of ANERcorp train phrases that name an organization. */
    static final double CONFIDENCE = 0.75;

    private final EntityTagger places; // the gazetteer

    /** @param places tells whether a word is a place (the gazetteer); an adjective's base is looked up in it */
    public ArabicOrganizationPhrases(EntityTagger places) {
        this.places = Objects.requireNonNull(places, "places");
    }

    @Override
    public List<EntityMention> tag(String text, String language) {
        Objects.requireNonNull(text, "text");
        if (!"ar".equals(language)) {
            return List.of();
        }
        List<Token> tokens = Tokens.tokenize(text);
        List<EntityMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            Head head = head(text.substring(first.start(), first.end()), first.key());
            int end = head == null ? i : phraseEnd(text, tokens, i, head);
            if (end > i) {
                Token last = tokens.get(end - 1);
                String surface = text.substring(first.start(), last.end());
                String base = head.surface() + text.substring(first.end(), last.end());
                out.add(new EntityMention(
                        EntityType.ORGANIZATION, surface, first.start(), last.end(), base, null, null, CONFIDENCE));
                i = end;
            } else {
                i++;
            }
        }
        return List.copyOf(out);
    }

    /** The token index after the phrase whose institution noun is token {@code i}, or {@code i} when none. */
    private int phraseEnd(String text, List<Token> tokens, int i, Head head) {
        int j = i + 1;
        boolean construct = false;
        if (!head.definite()) {
            if (!isWordAt(tokens, j)
                    || !isDefinite(tokens.get(j).key())
                    || isInstitution(tokens.get(j).key())) {
                return i;
            }
            construct = true;
            j++;
        }
        int adjectives = 0;
        boolean national = false;
        while (isWordAt(tokens, j) && isAdjective(tokens.get(j).key())) {
            national |= isNational(tokens.get(j).key());
            adjectives++;
            j++;
        }
        boolean complement = false;
        if ((adjectives > 0 || construct)
                && isWordAt(tokens, j)
                && isComplement(tokens.get(j).key())
                && !(isWordAt(tokens, j + 1)
                        && PREPOSITIONS.contains(tokens.get(j + 1).key()))) {
            complement = true;
            j++;
            for (int k = 0;
                    k < 2
                            && isWordAt(tokens, j)
                            && isComplementAdjective(tokens.get(j).key());
                    k++) {
                j++;
            }
        }
        if (!(national || complement)) {
            return i;
        }
        // a name the gazetteer knows starts here (حزب الله, وكالة الأناضول): it is the better mention
        String phrase = text.substring(tokens.get(i).start(), tokens.get(j - 1).end());
        for (EntityMention known : places.tag(phrase, "ar")) {
            if (known.start() == 0) {
                return i;
            }
        }
        return j;
    }

    /**
     * A word read as an institution noun: its surface without proclitics ({@link ArabicProclitics}; the base
     * form's first word) and whether it is definite (else it heads a construct: {@code وكالة الأنباء}).
     */
    private record Head(String surface, boolean definite) {}

    /** The word as an institution noun, as written first, then each proclitic reading in turn; or null. */
    private static Head head(String surface, String key) {
        if (!endsWithInstitution(key)) {
            return null; // most words: no reading can be one
        }
        Head head = institution(surface, key);
        if (head != null) {
            return head;
        }
        for (ArabicProclitics.Reading r : ArabicProclitics.readings(surface)) {
            head = institution(r.surface(), r.key());
            if (head != null) {
                return head;
            }
        }
        return null;
    }

    /** Whether a key ends in an institution noun: no proclitic reading of any other word can be one. */
    private static boolean endsWithInstitution(String key) {
        for (String institution : INSTITUTIONS) {
            if (key.endsWith(institution)) {
                return true;
            }
        }
        return false;
    }

    /** One reading as an institution noun, definite or in construct; or null. */
    private static Head institution(String surface, String key) {
        if (key.startsWith("ال") && INSTITUTIONS.contains(key.substring(2))) {
            return new Head(surface, true);
        }
        return INSTITUTIONS.contains(key) ? new Head(surface, false) : null;
    }

    private static boolean isInstitution(String key) {
        return head(key, key) != null;
    }

    private static boolean isWordAt(List<Token> tokens, int j) {
        return j < tokens.size() && tokens.get(j).word() && !tokens.get(j).breakBefore();
    }

    private static boolean isDefinite(String key) {
        return key.startsWith("ال") && key.length() >= 4;
    }

    /** A definite adjective ending in ي or ية ({@code الوطنية}, {@code اللبناني}). */
    private static boolean isAdjective(String key) {
        return isDefinite(key) && key.length() >= 5 && (key.endsWith("يه") || key.endsWith("ي"));
    }

    /** {@code لل} and a noun: the body's field ({@code للذكاء}, {@code للصليب}). */
    private static boolean isComplement(String key) {
        return key.startsWith("لل") && key.length() >= 5;
    }

    /** An adjective after the complement: a nisba ({@code الاصطناعي}) or an elative ({@code الأحمر}, {@code الأعلى}). */
    private static boolean isComplementAdjective(String key) {
        return isAdjective(key) || (key.startsWith("الا") && key.length() == 6);
    }

    /** Whether an adjective names a place: its base (without ال and ي/ية), as the gazetteer knows it. */
    private boolean isNational(String key) {
        String stem = key.substring(2, key.length() - (key.endsWith("يه") ? 2 : 1));
        if (stem.length() < 2) {
            return false;
        }
        for (String candidate : List.of(stem, stem + "ا", stem + "يا", "ال" + stem, "ال" + stem + "يه")) {
            for (EntityMention m : places.tag(candidate, "ar")) {
                if (m.type() == EntityType.LOCATION && m.start() == 0 && m.end() == candidate.length()) {
                    return true;
                }
            }
        }
        return false;
    }
}
