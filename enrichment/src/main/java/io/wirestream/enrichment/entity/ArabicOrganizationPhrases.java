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
 * {@code وكالة الأنباء}), optionally behind the proclitics و ف ب ل; then adjectives ending in ي or ية; then at
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

    /** Confidence of a phrase: about the share of phrases found in ANERcorp train that name an organization. */
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
            int end = phraseEnd(text, tokens, i);
            if (end > i) {
                Token first = tokens.get(i);
                Token last = tokens.get(end - 1);
                String surface = text.substring(first.start(), last.end());
                String base = baseForm(text.substring(first.start(), first.end()), first.key())
                        + text.substring(first.end(), last.end());
                out.add(new EntityMention(
                        EntityType.ORGANIZATION, surface, first.start(), last.end(), base, null, null, CONFIDENCE));
                i = end;
            } else {
                i++;
            }
        }
        return List.copyOf(out);
    }

    /** The token index after the phrase starting at {@code i}, or {@code i} when none starts there. */
    private int phraseEnd(String text, List<Token> tokens, int i) {
        Head head = read(tokens.get(i).key()).head();
        if (head == Head.NONE) {
            return i;
        }
        int j = i + 1;
        boolean construct = false;
        if (head == Head.INDEFINITE) {
            if (!isWordAt(tokens, j)
                    || !isDefinite(tokens.get(j).key())
                    || read(tokens.get(j).key()).head() != Head.NONE) {
                return i;
            }
            construct = true;
            j++;
        }
        int adjectives = 0;
        boolean national = false;
        while (isWordAt(tokens, j) && isAdjective(tokens.get(j).key())) {
            national |= isNational(text, tokens.get(j));
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

    private enum Head {
        NONE,
        DEFINITE,
        INDEFINITE
    }

    /**
     * How a word reads as an institution noun: definite or in construct, and how many proclitic letters
     * (و ف, then ب ل) come before it; {@code contracted} for ل + ال written لل.
     */
    private record Reading(Head head, int proclitics, boolean contracted) {
        static final Reading NONE = new Reading(Head.NONE, 0, false);
    }

    /** The word as an institution noun, trying the readings without proclitics first. */
    private static Reading read(String key) {
        for (int conjunction = 0; conjunction <= 1; conjunction++) {
            if (conjunction == 1 && !(key.length() > 3 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف'))) {
                break;
            }
            String k = key.substring(conjunction);
            if (k.startsWith("ال") && INSTITUTIONS.contains(k.substring(2))) {
                return new Reading(Head.DEFINITE, conjunction, false);
            }
            if (INSTITUTIONS.contains(k)) {
                return new Reading(Head.INDEFINITE, conjunction, false);
            }
            if (k.startsWith("لل") && INSTITUTIONS.contains(k.substring(2))) {
                return new Reading(Head.DEFINITE, conjunction + 1, true);
            }
            if (k.length() > 3 && (k.charAt(0) == 'ب' || k.charAt(0) == 'ل')) {
                String rest = k.substring(1);
                if (rest.startsWith("ال") && INSTITUTIONS.contains(rest.substring(2))) {
                    return new Reading(Head.DEFINITE, conjunction + 1, false);
                }
                if (INSTITUTIONS.contains(rest)) {
                    return new Reading(Head.INDEFINITE, conjunction + 1, false);
                }
            }
        }
        return Reading.NONE;
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
    private boolean isNational(String text, Token token) {
        String key = token.key();
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

    /** The first word without its proclitics (and ل + ال as ال): {@code وللهيئة} -> {@code الهيئة}. */
    static String baseForm(String word, String key) {
        Reading reading = read(key);
        int at = 0;
        for (int letters = 0; letters < reading.proclitics() && at < word.length(); letters++) {
            at++;
            while (at < word.length() && Character.getType(word.charAt(at)) == Character.NON_SPACING_MARK) {
                at++; // a vowel sign on the proclitic goes with it
            }
        }
        String rest = word.substring(at);
        return reading.contracted() ? "ا" + rest : rest;
    }
}
