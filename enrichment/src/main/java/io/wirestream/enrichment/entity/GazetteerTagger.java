package io.wirestream.enrichment.entity;

import io.wirestream.enrichment.clean.MatchingKey;
import io.wirestream.enrichment.entity.Tokens.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Longest-match gazetteer tagging over a token trie keyed by {@link MatchingKey}: countries (CLDR, 16
 * locales), capitals and news cities, regions and organizations, all linked to one canonical id across
 * languages, so {@code إسرائيل}, {@code Israel} and {@code Израиль} are all {@code country:IL}.
 *
 * <p>Arabic proclitics are matched through: a leading {@code و} or {@code ف}, then {@code ب ل ك}, and the
 * {@code ل + ال} contraction ({@code للولايات} -> {@code الولايات}). The mention's text is the whole written
 * token, its base form the stripped one. Clitics are not stripped in Persian, Urdu, Pashto or Kurdish text,
 * where these letters do not attach. In Russian text (and text of unknown language) every word of a name is
 * also read in its possible nominatives ({@code Южной Кореи} -> {@code Южная Корея}, see {@link BaseForms}); in
 * Turkish and Azerbaijani a case suffix after an apostrophe belongs to the mention but not to its base form
 * ({@code Türkiye'nin} -> {@code Türkiye}), and Azerbaijani suffixes without one are stripped
 * ({@code Azərbaycanın}). These readings only ever match names the gazetteer knows.
 *
 * <p>Besides places and organizations, a curated list of people named often in the news ({@code persons.tsv})
 * gives person entities to languages without a statistical model.
 *
 * <p>Sharp edges: a gazetteer knows names, not contexts: {@code Jordan} the basketball player is a country
 * here, and a key shared by two entities ({@code عمان}: Oman and Amman) goes to the country, with a lower
 * confidence. The stop list removes names that are ordinary words. Names in cased scripts must be
 * capitalized in the text; all-capital names (UN, EU) must be written in capitals.
 *
 * <p>Immutable after construction and thread-safe.
 */
public final class GazetteerTagger implements EntityTagger {

    static final String RESOURCE_DIR = "/io/wirestream/enrichment/gazetteer/";
    private static final List<String> RESOURCES = List.of(
            "countries_cldr.tsv",
            "countries_extra.tsv",
            "places.tsv",
            "organizations.tsv",
            "persons.tsv",
            "stoplist.tsv");
    private static final Set<String> NO_CLITICS = Set.of("fa", "ur", "ps", "ckb", "ku");
    private static final double UNIQUE = 0.9;
    private static final double AMBIGUOUS = 0.6;
    private static final double STRIPPED_PENALTY = 0.1;

    enum CaseRule {
        NONE,
        CAPITALIZED,
        UPPER
    }

    record Entry(String id, EntityType type, CaseRule caseRule, int priority) {}

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Entry> entries = new ArrayList<>(1);
    }

    private final Node root = new Node();
    private final Map<String, String> canonicalNames;
    private final Map<String, Set<String>> stopKeys;
    private final String version;
    private final int nameCount;

    private GazetteerTagger(
            Map<String, String> canonicalNames, Map<String, Set<String>> stopKeys, String version, List<Name> names) {
        this.canonicalNames = Map.copyOf(canonicalNames);
        this.stopKeys = Map.copyOf(stopKeys);
        this.version = version;
        Set<String> global = stopKeys.getOrDefault("*", Set.of());
        int count = 0;
        for (Name name : names) {
            List<Token> tokens = Tokens.tokenize(name.surface());
            if (tokens.isEmpty() || !tokens.get(0).word()) {
                continue;
            }
            String joined = joinedKey(tokens, 0, tokens.size() - 1);
            if (global.contains(joined)) {
                continue;
            }
            Node node = root;
            for (Token token : tokens) {
                node = node.next.computeIfAbsent(token.key(), k -> new Node());
            }
            Entry entry = new Entry(name.id(), name.type(), caseRule(name.surface()), name.priority());
            if (!node.entries.contains(entry)) {
                node.entries.add(entry);
                count++;
            }
        }
        this.nameCount = count;
    }

    /** Loads the bundled resources (see the NOTICE in the resource folder). Call once. */
    public static GazetteerTagger loadDefault() {
        MessageDigest digest = sha256();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String resource : RESOURCES) {
            try (InputStream in = GazetteerTagger.class.getResourceAsStream(RESOURCE_DIR + resource)) {
                if (in == null) {
                    throw new IllegalStateException("gazetteer resource missing: " + resource);
                }
                byte[] bytes = in.readAllBytes();
                digest.update(bytes);
                texts.put(resource, new String(bytes, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer resource " + resource, e);
            }
        }
        String version =
                "gazetteer@" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        return fromTexts(texts, version);
    }

    /** Builds a tagger from resource texts by file name; for tests with small gazetteers. */
    static GazetteerTagger fromTexts(Map<String, String> texts, String version) {
        List<Name> names = new ArrayList<>();
        Map<String, String> canonical = new HashMap<>();
        String cldr = texts.get("countries_cldr.tsv");
        if (cldr != null) {
            readCldr(cldr, names, canonical);
        }
        for (String curated : List.of("countries_extra.tsv", "places.tsv", "organizations.tsv", "persons.tsv")) {
            if (texts.containsKey(curated)) {
                readCurated(texts.get(curated), names, canonical);
            }
        }
        Map<String, Set<String>> stop = new HashMap<>();
        if (texts.containsKey("stoplist.tsv")) {
            for (String line : texts.get("stoplist.tsv").split("\n")) {
                String[] f = line.split("\t");
                if (line.isBlank() || line.startsWith("#") || f.length < 2 || f[0].equals("lang")) {
                    continue;
                }
                stop.computeIfAbsent(f[0].strip(), k -> new HashSet<>()).add(MatchingKey.of(f[1]));
            }
        }
        return new GazetteerTagger(canonical, stop, version, names);
    }

    /** Resource version for {@code modelVersions()}: a digest of every resource file. */
    public String version() {
        return version;
    }

    /** Number of distinct (name, entity) pairs in the trie. */
    public int size() {
        return nameCount;
    }

    @Override
    public List<EntityMention> tag(String text, String language) {
        Objects.requireNonNull(text, "text");
        String lang = language == null ? "und" : language.toLowerCase(Locale.ROOT);
        Rules rules = Rules.of(lang);
        Set<String> langStop = stopKeys.getOrDefault(lang, Set.of());
        List<Token> tokens = Tokens.tokenize(text);
        List<EntityMention> mentions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token first = tokens.get(i);
            if (!first.word()) {
                continue;
            }
            Search search = new Search(text, tokens, i, langStop, rules);
            for (Variant variant : variants(text, first, rules)) {
                Node node = root.next.get(variant.key());
                if (node != null) {
                    List<Variant> parts = new ArrayList<>();
                    parts.add(variant);
                    search.walk(node, i, parts);
                }
            }
            Match best = search.best;
            if (best != null) {
                int last = rules.turkicApostrophe() ? apostropheSuffix(text, tokens, best.last()) : best.last();
                mentions.add(best.toMention(text, tokens, last, canonicalNames));
                i = last;
            }
        }
        return List.copyOf(mentions);
    }

    /** Language rules for matching inflected and cliticized names. */
    private record Rules(boolean arabicClitics, boolean russianCases, boolean turkicStems, boolean turkicApostrophe) {
        static Rules of(String lang) {
            boolean unknown = lang.equals("und");
            return new Rules(
                    !NO_CLITICS.contains(lang),
                    lang.equals("ru") || unknown,
                    lang.equals("az"),
                    lang.equals("tr") || lang.equals("az") || unknown);
        }
    }

    private record Variant(String key, String surface, int stripped) {}

    /** Depth-first walk of the trie over every reading of every token; keeps the best match from one start. */
    private final class Search {
        private final String text;
        private final List<Token> tokens;
        private final int first;
        private final Set<String> langStop;
        private final Rules rules;
        Match best;

        Search(String text, List<Token> tokens, int first, Set<String> langStop, Rules rules) {
            this.text = text;
            this.tokens = tokens;
            this.first = first;
            this.langStop = langStop;
            this.rules = rules;
        }

        void walk(Node node, int j, List<Variant> parts) {
            if (!node.entries.isEmpty()) {
                Match match = accept(text, tokens, first, j, parts, node.entries, langStop);
                if (match != null
                        && (best == null
                                || j > best.last()
                                || (j == best.last() && match.stripped() < best.stripped()))) {
                    best = match;
                }
            }
            int next = j + 1;
            if (next >= tokens.size() || tokens.get(next).breakBefore()) {
                return;
            }
            Token token = tokens.get(next);
            for (Variant alternative : inflections(text, token, rules)) {
                Node child = node.next.get(alternative.key());
                if (child != null) {
                    parts.add(alternative);
                    walk(child, next, parts);
                    parts.remove(parts.size() - 1);
                }
            }
        }
    }

    private record Match(int first, int last, String base, Entry entry, boolean ambiguous, int stripped) {
        EntityMention toMention(String text, List<Token> tokens, int lastToken, Map<String, String> names) {
            int start = tokens.get(first).start();
            int end = tokens.get(lastToken).end();
            String surface = text.substring(start, end);
            double confidence = (ambiguous ? AMBIGUOUS : UNIQUE) - (stripped > 0 ? STRIPPED_PENALTY : 0.0);
            return new EntityMention(
                    entry.type(), surface, start, end, base, entry.id(), names.get(entry.id()), confidence);
        }
    }

    private static Match accept(
            String text,
            List<Token> tokens,
            int first,
            int last,
            List<Variant> parts,
            List<Entry> entries,
            Set<String> langStop) {
        StringBuilder key = new StringBuilder();
        StringBuilder base = new StringBuilder();
        int stripped = 0;
        for (int k = 0; k < parts.size(); k++) {
            Variant part = parts.get(k);
            stripped += part.stripped();
            key.append(k == 0 ? "" : " ").append(part.key());
            base.append(part.surface());
            if (first + k < last) {
                base.append(
                        text,
                        tokens.get(first + k).end(),
                        tokens.get(first + k + 1).start());
            }
        }
        if (!langStop.isEmpty() && langStop.contains(key.toString())) {
            return null;
        }
        String surface = base.toString();
        Entry best = null;
        Set<String> ids = new HashSet<>();
        for (Entry entry : entries) {
            if (!caseMatches(entry.caseRule(), surface)) {
                continue;
            }
            ids.add(entry.id());
            if (best == null
                    || entry.priority() < best.priority()
                    || (entry.priority() == best.priority() && entry.id().compareTo(best.id()) < 0)) {
                best = entry;
            }
        }
        return best == null ? null : new Match(first, last, surface, best, ids.size() > 1, stripped);
    }

    /**
     * The last token of a name followed by a Turkish apostrophe suffix ({@code Türkiye'nin}): the suffix's
     * token, so the mention covers the written word; otherwise {@code last}.
     */
    private static int apostropheSuffix(String text, List<Token> tokens, int last) {
        if (last + 2 >= tokens.size()) {
            return last;
        }
        Token apostrophe = tokens.get(last + 1);
        Token suffix = tokens.get(last + 2);
        boolean attached = apostrophe.key().equals("'")
                && apostrophe.start() == tokens.get(last).end()
                && suffix.word()
                && suffix.start() == apostrophe.end();
        return attached && BaseForms.isTurkicSuffix(text.substring(suffix.start(), suffix.end())) ? last + 2 : last;
    }

    /** A token inside a name: itself, then its Russian nominatives or Azerbaijani stems where the rules allow. */
    private static List<Variant> inflections(String text, Token token, Rules rules) {
        String surface = text.substring(token.start(), token.end());
        Variant itself = new Variant(token.key(), surface, 0);
        if (!token.word()) {
            return List.of(itself);
        }
        List<Variant> out = new ArrayList<>(4);
        out.add(itself);
        addInflections(surface, rules, out);
        return out;
    }

    private static void addInflections(String surface, Rules rules, List<Variant> out) {
        int script = surface.codePointAt(surface.length() - 1);
        if (rules.russianCases() && Character.UnicodeScript.of(script) == Character.UnicodeScript.CYRILLIC) {
            for (String candidate : BaseForms.russianNominatives(surface)) {
                out.add(variant(candidate, 1));
            }
        }
        if (rules.turkicStems() && Character.UnicodeScript.of(script) == Character.UnicodeScript.LATIN) {
            for (String candidate : BaseForms.turkicStems(surface)) {
                out.add(variant(candidate, 1));
            }
        }
    }

    /**
     * The first token of a name: itself, its Russian or Azerbaijani base forms, then Arabic proclitic readings:
     * و/ف, then ب/ل/ك, and ل + ال -> ال.
     */
    private static List<Variant> variants(String text, Token token, Rules rules) {
        String surface = text.substring(token.start(), token.end());
        List<Variant> out = new ArrayList<>(4);
        out.add(new Variant(token.key(), surface, 0));
        addInflections(surface, rules, out);
        if (!rules.arabicClitics()
                || Character.UnicodeScript.of(surface.codePointAt(0)) != Character.UnicodeScript.ARABIC) {
            return out;
        }
        for (ArabicProclitics.Reading r : ArabicProclitics.readings(surface)) {
            out.add(new Variant(r.key(), r.surface(), r.stripped()));
        }
        return out;
    }

    private static Variant variant(String surface, int stripped) {
        return new Variant(MatchingKey.of(surface), surface, stripped);
    }

    private static boolean caseMatches(CaseRule rule, String surface) {
        return switch (rule) {
            case NONE -> true;
            case CAPITALIZED ->
                Character.isUpperCase(surface.codePointAt(0)) || Character.isTitleCase(surface.codePointAt(0));
            case UPPER -> surface.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        };
    }

    static CaseRule caseRule(String name) {
        int firstLetter =
                name.codePoints().filter(Character::isLetter).findFirst().orElse(-1);
        if (firstLetter < 0 || !(Character.isUpperCase(firstLetter) || Character.isLowerCase(firstLetter))) {
            return CaseRule.NONE; // uncased script
        }
        long letters = name.codePoints().filter(Character::isLetter).count();
        boolean allUpper = name.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (allUpper && letters >= 2 && letters <= 6) {
            return CaseRule.UPPER;
        }
        return Character.isUpperCase(firstLetter) ? CaseRule.CAPITALIZED : CaseRule.NONE;
    }

    private static String joinedKey(List<Token> tokens, int first, int last) {
        StringBuilder sb = new StringBuilder(tokens.get(first).key());
        for (int k = first + 1; k <= last; k++) {
            sb.append(' ').append(tokens.get(k).key());
        }
        return sb.toString();
    }

    // ---- loading ----

    private record Name(String id, EntityType type, String surface, int priority) {}

    private static final int PRIORITY_COUNTRY = 0;
    private static final int PRIORITY_PLACE = 1;
    private static final int PRIORITY_ORGANIZATION = 2;
    private static final int PRIORITY_PERSON = 3;

    private static void readCldr(String tsv, List<Name> names, Map<String, String> canonical) {
        for (String line : tsv.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length < 3 || f[0].equals("id") || line.startsWith("#")) {
                continue;
            }
            String id = "country:" + f[0].substring(f[0].indexOf(':') + 1).strip();
            String lang = f[1].strip();
            String name = f[2].strip();
            if (lang.equals("en")) {
                canonical.putIfAbsent(id, name);
            }
            for (String variant : nameVariants(name, lang)) {
                names.add(new Name(id, EntityType.LOCATION, variant, PRIORITY_COUNTRY));
            }
        }
    }

    private static void readCurated(String tsv, List<Name> names, Map<String, String> canonical) {
        String[] header = null;
        Set<String> named = new HashSet<>();
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f[0].equals("id")) {
                header = f;
                continue;
            }
            if (header == null || f.length < 3) {
                throw new IllegalStateException("gazetteer row before header or too short: " + line);
            }
            String id = f[0].strip();
            EntityType type = EntityType.valueOf(f[1].strip());
            int priority = id.startsWith("country:")
                    ? PRIORITY_COUNTRY
                    : type == EntityType.ORGANIZATION
                            ? PRIORITY_ORGANIZATION
                            : type == EntityType.PERSON ? PRIORITY_PERSON : PRIORITY_PLACE;
            for (int c = 2; c < f.length && c < header.length; c++) {
                for (String alias : f[c].split("\\|")) {
                    String name = alias.strip();
                    if (name.isEmpty()) {
                        continue;
                    }
                    if (header[c].equals("en") && named.add(id)) {
                        canonical.put(id, name); // the first English name; for countries it replaces CLDR's
                    }
                    for (String variant : nameVariants(name, header[c])) {
                        names.add(new Name(id, type, variant, priority));
                    }
                }
            }
        }
    }

    /** A name, without a parenthesised part, and with {@code &} spelled out in English. */
    private static List<String> nameVariants(String name, String lang) {
        List<String> out = new ArrayList<>(3);
        String bare = name.replaceAll("\\s*[(（][^)）]*[)）]\\s*", " ").strip();
        if (!bare.isEmpty()) {
            out.add(bare);
        }
        if (lang.equals("en") && bare.contains("&")) {
            out.add(bare.replace("&", "and"));
        }
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
