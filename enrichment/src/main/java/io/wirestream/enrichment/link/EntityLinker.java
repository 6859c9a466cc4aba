package io.wirestream.enrichment.link;

import io.wirestream.enrichment.clean.MatchingKey;
import io.wirestream.enrichment.entity.BaseForms;
import io.wirestream.enrichment.entity.EntityMention;
import io.wirestream.enrichment.entity.EntityType;
import io.wirestream.enrichment.link.KnowledgeBase.Entity;
import io.wirestream.enrichment.link.KnowledgeBase.Source;
import io.wirestream.enrichment.link.Transliterator.Script;
import io.wirestream.enrichment.link.Transliterator.Word;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every entity mention of an article a canonical id, so that mentions of one entity share it
 * across languages, scripts and name forms:
 * <ol>
 * <li>ids already given (by the gazetteer) are kept, except that a one-word person name takes the id of
 *     the full name it is part of in the article (below);</li>
 * <li>other mentions are looked up in the {@link KnowledgeBase} by base form and surface (through
 *     {@link MatchingKey}; Russian words also in their possible nominatives); people from the large Wikidata
 *     list only by a name of two words or more, and only when the name is unambiguous;</li>
 * <li>people are grouped within the article by name parts: a mention whose words all match words of a
 *     longer person mention ({@code Aliyev}, {@code Ilham Aliyev}) joins it, the nearest one before it if
 *     there are several, else the nearest after it; words match across scripts by {@link Transliterator}
 *     ({@code نتنياهو} and {@code Netanyahu});</li>
 * <li>a group of people still without id, named by two words or more, is matched against the curated people
 *     (words compared across scripts by transliteration), when exactly one of them fits;</li>
 * <li>anything left gets an article-local id, {@code local:} and twelve hex digits of the SHA-256 of the
 *     normalized base form of the group's fullest name; mentions of other types share it when their
 *     normalized base forms are equal.</li>
 * </ol>
 * Canonical names are the knowledge base's English names; for local ids, the group's fullest Latin-script
 * name, or null when the group has none.
 *
 * <p>Linking never changes spans, types, texts, base forms or confidences, and never leaves an id null.
 * Immutable and thread-safe; load once.
 */
public final class EntityLinker {

    private static final Set<String> PARTICLES = Set.of(
            "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "bin", "ibn", "ben", "von", "van", "der", "den",
            "de", "da", "di", "du", "la", "le", "bint", "بن", "ابن", "بنت", "ال", "آل");

    /** Forms of state in official country names, in English and Arabic; group 1 is the country's short name. */
    private static final Pattern STATE_FORM = Pattern.compile(
            "(?:the\\s+)?(?:(?:federal|islamic|people's|arab|democratic|united)\\s+)?"
                    + "(?:state|republic|kingdom|sultanate|emirate|principality|commonwealth|federation)\\s+of\\s+"
                    + "(?:the\\s+)?(\\p{L}.*)"
                    + "|(?:[وفبل]?(?:ال)?)(?:دولة|جمهورية|مملكة|سلطنة|إمارة|امارة)\\s+(\\p{L}.*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final KnowledgeBase knowledgeBase;
    private final Transliterator transliterator;
    private final Romanizer romanizer;
    /**
     * Curated persons' names of two content words or more, by the script of the name and its last word;
     * split, normalized and indexed once here, not per article.
     */
    private final Map<Script, LastWords> namesByScript;

    /** A curated person's name, split into its {@link #contentWords}, each prepared for comparison. */
    private record PersonName(Entity person, int index, Script script, List<Word> words) {}

    /** One distinct last word of curated names and the names that end in it. */
    private record LastWord(Word word, List<PersonName> names) {}

    /** A word's script and comparison key: two words of one script are the same name when these are equal. */
    private record ScriptKey(Script script, String key) {
        static ScriptKey of(Word word) {
            return new ScriptKey(word.script(), word.key());
        }
    }

    /**
     * The last words of one script's names: by key (for words of the same script, which match on equal
     * keys) and by whether they are Latin (other scripts match Latin words by transliteration only).
     */
    private record LastWords(Map<ScriptKey, List<LastWord>> byKey, List<LastWord> latin, List<LastWord> nonLatin) {}

    /** A linker that gives unknown people no romanized name. */
    public EntityLinker(KnowledgeBase knowledgeBase, Transliterator transliterator) {
        this(knowledgeBase, transliterator, null);
    }

    /**
     * @param romanizer writes the names of unknown people that no Latin mention names in Latin letters, for
     *                  their {@code canonicalName}; null for none
     */
    public EntityLinker(KnowledgeBase knowledgeBase, Transliterator transliterator, Romanizer romanizer) {
        this.knowledgeBase = Objects.requireNonNull(knowledgeBase, "knowledgeBase");
        this.transliterator = Objects.requireNonNull(transliterator, "transliterator");
        this.romanizer = romanizer;
        Map<Script, Map<String, List<PersonName>>> names = new EnumMap<>(Script.class);
        Map<String, Word> prepared = new HashMap<>();
        List<Entity> persons = knowledgeBase.curatedPersons();
        for (int p = 0; p < persons.size(); p++) {
            for (String name : persons.get(p).allNames()) {
                List<String> words = contentWords(name);
                if (words.size() >= 2) {
                    Script script = Script.of(name);
                    names.computeIfAbsent(script, k -> new LinkedHashMap<>())
                            .computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>())
                            .add(new PersonName(
                                    persons.get(p),
                                    p,
                                    script,
                                    words.stream()
                                            .map(w -> prepared.computeIfAbsent(w, transliterator::word))
                                            .toList()));
                }
            }
        }
        Map<Script, LastWords> index = new EnumMap<>(Script.class);
        names.forEach((script, byLast) -> {
            Map<ScriptKey, List<LastWord>> byKey = new HashMap<>();
            List<LastWord> latin = new ArrayList<>();
            List<LastWord> nonLatin = new ArrayList<>();
            byLast.forEach((last, list) -> {
                LastWord word = new LastWord(prepared.get(last), List.copyOf(list));
                byKey.computeIfAbsent(ScriptKey.of(word.word()), k -> new ArrayList<>())
                        .add(word);
                (word.word().script() == Script.LATIN ? latin : nonLatin).add(word);
            });
            byKey.replaceAll((k, v) -> List.copyOf(v));
            index.put(script, new LastWords(Map.copyOf(byKey), List.copyOf(latin), List.copyOf(nonLatin)));
        });
        this.namesByScript = Collections.unmodifiableMap(index);
    }

    /** Loads the bundled knowledge base, transliteration models and romanizer (a few seconds); call once. */
    public static EntityLinker loadDefault() {
        Transliterator transliterator = Transliterator.loadDefault();
        return new EntityLinker(KnowledgeBase.loadDefault(), transliterator, Romanizer.loadDefault(transliterator));
    }

    public KnowledgeBase knowledgeBase() {
        return knowledgeBase;
    }

    public Transliterator transliterator() {
        return transliterator;
    }

    /** Version for {@code modelVersions()}: the knowledge base's digest. */
    public String version() {
        return knowledgeBase.version();
    }

    /**
     * @param text     the text the mentions point into; never null
     * @param language ISO code of the text, or null/{@code und}; selects inflection rules for lookups
     * @param mentions mentions in {@code text}; never null
     * @return the same mentions, in the same order, with canonical id (never null) and name filled
     */
    public List<EntityMention> link(String text, String language, List<EntityMention> mentions) {
        Objects.requireNonNull(mentions, "mentions");
        return link(text, Collections.nCopies(mentions.size(), language), mentions);
    }

    /** As {@link #link(String, String, List)}, with a language per mention (articles with several languages). */
    public List<EntityMention> link(String text, List<String> languages, List<EntityMention> mentions) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mentions, "mentions");
        if (languages.size() != mentions.size()) {
            throw new IllegalArgumentException("one language per mention");
        }
        int n = mentions.size();
        List<Item> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(item(mentions.get(i), languages.get(i)));
        }
        Groups groups = new Groups(n);
        Map<String, Boolean> sameName = new HashMap<>();
        Map<String, Integer> firstWithId = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Item item = items.get(i);
            if (item.entity != null) {
                Integer first = firstWithId.putIfAbsent(item.entity.id(), i);
                if (first != null && (item.type != EntityType.PERSON || item.words.size() > 1)) {
                    groups.union(first, i);
                }
            }
        }
        groupPeople(items, groups, sameName);
        linkPeopleByTransliteration(items, groups, sameName);
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Item item = items.get(i);
            if (item.type != EntityType.PERSON && groups.entity(i, items) == null) {
                Integer first = byKey.putIfAbsent(item.type + "\t" + item.key, i);
                if (first != null) {
                    groups.union(first, i);
                }
            }
        }
        return assign(mentions, items, groups);
    }

    /** What the linker knows about one mention. */
    private static final class Item {
        EntityMention mention;
        EntityType type;
        List<String> words;
        List<Word> forms; // the words prepared for comparison, for people only
        String key;
        Script script;
        Entity entity;
        boolean entityFromAlias; // a one-word name the knowledge base resolved on its own
    }

    private Item item(EntityMention m, String language) {
        Item item = new Item();
        item.mention = m;
        item.type = m.type();
        item.words = contentWords(m.baseForm());
        item.forms = item.type == EntityType.PERSON
                ? item.words.stream().map(transliterator::word).toList()
                : List.of();
        item.key = normalized(m.baseForm());
        item.script = Script.of(m.baseForm());
        String id = m.canonicalId();
        if (id != null && !id.startsWith("local:")) {
            item.entity = knowledgeBase
                    .get(id)
                    .orElse(new Entity(
                            id,
                            m.type(),
                            Source.CURATED,
                            m.canonicalName() == null ? m.baseForm() : m.canonicalName(),
                            List.of()));
        } else {
            item.entity = lookup(m, language, item.words.size());
        }
        item.entityFromAlias = item.entity != null && item.type == EntityType.PERSON && item.words.size() == 1;
        return item;
    }

    private Entity lookup(EntityMention m, String language, int words) {
        Set<String> names = new LinkedHashSet<>();
        names.add(m.baseForm());
        names.add(m.text());
        boolean russian = language == null || language.toLowerCase(Locale.ROOT).equals("ru") || language.equals("und");
        if (russian && Script.of(m.baseForm()) == Script.CYRILLIC) {
            names.addAll(russianVariants(m.baseForm()));
        }
        for (String name : names) {
            List<Entity> found = new ArrayList<>();
            for (Entity e : knowledgeBase.lookup(name)) {
                if (e.type() == m.type() && (e.source() != Source.WIKIDATA || words >= 2)) {
                    found.add(e);
                }
            }
            List<Entity> trusted =
                    found.stream().filter(e -> e.source() != Source.WIKIDATA).toList();
            List<Entity> pick = trusted.isEmpty() ? found : trusted;
            if (pick.size() == 1) {
                return pick.get(0);
            }
            if (pick.size() > 1) {
                return null; // ambiguous: better a local id than a wrong one
            }
        }
        return m.type() == EntityType.PERSON ? null : country(m.baseForm());
    }

    /**
     * The country an official state name stands for ("State of Israel", "Republic of Azerbaijan", "دولة قطر",
     * "جمهورية أذربيجان"): a state form followed by a name the knowledge base knows as exactly one country.
     * Taggers often read such names as organizations; the mention then takes the country's type.
     */
    private Entity country(String baseForm) {
        Matcher form = STATE_FORM.matcher(baseForm.strip());
        if (!form.matches()) {
            return null;
        }
        Entity found = null;
        String name = form.group(1) != null ? form.group(1) : form.group(2);
        for (Entity e : knowledgeBase.lookup(name)) {
            if (e.type() == EntityType.LOCATION && e.id().startsWith("country:")) {
                if (found != null && !found.id().equals(e.id())) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /** A name with each word in itself or one possible nominative; at most 32 variants. */
    private static List<String> russianVariants(String name) {
        List<String> out = new ArrayList<>();
        out.add("");
        for (String word : name.split(" ")) {
            List<String> forms = new ArrayList<>();
            forms.add(word);
            forms.addAll(BaseForms.russianNominatives(word));
            List<String> next = new ArrayList<>();
            for (String prefix : out) {
                for (String form : forms) {
                    if (next.size() < 32) {
                        next.add(prefix.isEmpty() ? form : prefix + " " + form);
                    }
                }
            }
            out = next;
        }
        return out;
    }

    private void groupPeople(List<Item> items, Groups groups, Map<String, Boolean> cache) {
        List<Integer> people = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).type == EntityType.PERSON && !items.get(i).words.isEmpty()) {
                people.add(i);
            }
        }
        for (int i : people) {
            Item item = items.get(i);
            int parent = -1;
            for (int j : people) {
                Item other = items.get(j);
                if (j == i || other.words.size() < item.words.size() || !covers(other.forms, item.forms, cache)) {
                    continue;
                }
                if (other.words.size() == item.words.size()) {
                    if (compatible(item.entity, groups.entity(j, items))) {
                        groups.union(i, j); // the same name, perhaps in another script
                    }
                    continue;
                }
                if (parent < 0 || closer(items, i, j, parent)) {
                    parent = j;
                }
            }
            if (parent >= 0
                    && (item.entity == null
                            || item.entityFromAlias
                            || compatible(item.entity, groups.entity(parent, items)))) {
                if (item.entityFromAlias) {
                    item.entity = null; // the article's full name says who this is
                }
                groups.union(i, parent);
            }
        }
    }

    /** Whether {@code j} is a better parent for {@code i} than {@code k}: before {@code i} and nearer, or after and nearer. */
    private static boolean closer(List<Item> items, int i, int j, int k) {
        int at = items.get(i).mention.start();
        int sj = items.get(j).mention.start();
        int sk = items.get(k).mention.start();
        boolean jBefore = sj < at;
        boolean kBefore = sk < at;
        if (jBefore != kBefore) {
            return jBefore;
        }
        return Math.abs(at - sj) < Math.abs(at - sk);
    }

    private static boolean compatible(Entity a, Entity b) {
        return a == null || b == null || a.id().equals(b.id());
    }

    private void linkPeopleByTransliteration(List<Item> items, Groups groups, Map<String, Boolean> cache) {
        Map<Integer, Integer> fullest = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).type != EntityType.PERSON || items.get(i).words.isEmpty()) {
                continue;
            }
            int root = groups.find(i);
            Integer best = fullest.get(root);
            if (best == null
                    || items.get(i).words.size() > items.get(best).words.size()) {
                fullest.put(root, i);
            }
        }
        for (Map.Entry<Integer, Integer> e : fullest.entrySet()) {
            if (groups.entity(e.getKey(), items) != null) {
                continue;
            }
            Item rep = items.get(e.getValue());
            if (rep.words.size() < 2) {
                continue; // one word is too little evidence against a whole list of people
            }
            Entity match = onlyPersonNamed(rep, cache);
            if (match != null) {
                rep.entity = match;
            }
        }
    }

    /**
     * The one curated person with a name of two words or more (Latin, or in the mention's script) that is
     * the mention's name: the mention's words all in the name, or the name's words all in a fuller mention
     * with the same first and last word ({@code Ilham Heydar oglu Aliyev}, not {@code Heydar Aliyev});
     * null when no person or more than one has such a name. Names are visited by last word, so a last word
     * is compared once per article, not once per name that ends in it.
     */
    private Entity onlyPersonNamed(Item rep, Map<String, Boolean> cache) {
        Word last = rep.forms.get(rep.forms.size() - 1);
        PersonName match = null;
        List<Script> scripts = rep.script == Script.LATIN ? List.of(Script.LATIN) : List.of(Script.LATIN, rep.script);
        for (Script script : scripts) {
            LastWords lastWords = namesByScript.get(script);
            if (lastWords == null) {
                continue;
            }
            // the words that may be the same name as the mention's last word: its own script's by equal key,
            // and across scripts (Latin with another) by transliteration
            List<LastWord> candidates = new ArrayList<>(lastWords.byKey().getOrDefault(ScriptKey.of(last), List.of()));
            for (LastWord other : last.script() == Script.LATIN ? lastWords.nonLatin() : lastWords.latin()) {
                if (sameWord(other.word(), last, cache)) {
                    candidates.add(other);
                }
            }
            for (LastWord byLast : candidates) {
                for (PersonName name : byLast.names()) {
                    if (match != null && name.index() == match.index()) {
                        continue;
                    }
                    if (covers(name.words(), rep.forms, cache)
                            || (covers(rep.forms, name.words(), cache)
                                    && sameWord(name.words().get(0), rep.forms.get(0), cache))) {
                        if (match != null) {
                            return null; // two people have this name
                        }
                        match = name;
                    }
                }
            }
        }
        return match == null ? null : match.person();
    }

    /** Whether every word of {@code part} matches a distinct word of {@code whole}, in order. */
    private boolean covers(List<Word> whole, List<Word> part, Map<String, Boolean> cache) {
        int from = 0;
        for (Word word : part) {
            int found = -1;
            for (int k = from; k < whole.size(); k++) {
                if (sameWord(whole.get(k), word, cache)) {
                    found = k;
                    break;
                }
            }
            if (found < 0) {
                return false;
            }
            from = found + 1;
        }
        return true;
    }

    /** {@link Transliterator#sameName(Word, Word)}; the transliteration scores of an article's pairs are kept in {@code cache}. */
    private boolean sameWord(Word a, Word b, Map<String, Boolean> cache) {
        if (a.script() == b.script()) {
            return a.key().equals(b.key());
        }
        return cache.computeIfAbsent(a.text() + "\t" + b.text(), k -> transliterator.sameName(a, b));
    }

    private List<EntityMention> assign(List<EntityMention> mentions, List<Item> items, Groups groups) {
        Map<Integer, String[]> resolved = new HashMap<>();
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            int root = groups.find(i);
            String[] idName = resolved.computeIfAbsent(root, r -> resolve(r, items, groups));
            EntityMention m = mentions.get(i);
            // a mention linked to a country by its official name ("State of Israel" read as an organization)
            // takes the country's type, so one id never carries two types
            Entity entity = items.get(i).entity;
            EntityType type = entity != null && entity.id().equals(idName[0]) ? entity.type() : m.type();
            out.add(new EntityMention(
                    type, m.text(), m.start(), m.end(), m.baseForm(), idName[0], idName[1], m.confidence()));
        }
        return List.copyOf(out);
    }

    private String[] resolve(int root, List<Item> items, Groups groups) {
        Entity entity = groups.entity(root, items);
        if (entity != null) {
            return new String[] {entity.id(), entity.canonicalName()};
        }
        Item rep = null;
        Item latin = null;
        for (int i = 0; i < items.size(); i++) {
            if (groups.find(i) != root) {
                continue;
            }
            Item item = items.get(i);
            if (rep == null
                    || item.words.size() > rep.words.size()
                    || (item.words.size() == rep.words.size()
                            && item.script == Script.LATIN
                            && rep.script != Script.LATIN)) {
                rep = item;
            }
            if (item.script == Script.LATIN && (latin == null || item.words.size() > latin.words.size())) {
                latin = item;
            }
        }
        Objects.requireNonNull(rep, "group without members");
        String name = latin != null ? latin.mention.baseForm() : romanized(rep.mention);
        return new String[] {localId(rep.mention.baseForm()), name};
    }

    /** An unknown person's name in Latin letters ({@link Romanizer}), or null (other types, no romanizer). */
    private String romanized(EntityMention mention) {
        if (romanizer == null || mention.type() != EntityType.PERSON) {
            return null;
        }
        return romanizer.romanize(mention.baseForm()).orElse(null);
    }

    /** {@code local:} and 12 hex digits of the SHA-256 of the normalized base form. */
    static String localId(String baseForm) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(normalized(baseForm).getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder("local:");
            for (int k = 0; k < 6; k++) {
                sb.append(String.format(Locale.ROOT, "%02x", hash[k]));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The matching form of a name: {@link MatchingKey}, Latin words without accents. */
    static String normalized(String name) {
        return Script.of(name) == Script.LATIN ? String.join(" ", latinWords(name)) : MatchingKey.of(name);
    }

    private static List<String> latinWords(String name) {
        List<String> out = new ArrayList<>();
        for (String word : MatchingKey.of(name).split("[\\s\\-‐·・]+")) {
            String key = Transliterator.latinKey(word);
            if (!key.isEmpty()) {
                out.add(key);
            }
        }
        return out;
    }

    /** The words of a name that identify it: split at spaces, hyphens and name dots, particles (al, bin, von) left out. */
    static List<String> contentWords(String name) {
        List<String> out = new ArrayList<>();
        for (String word : name.split("[\\s\\-‐·・]+")) {
            String key = MatchingKey.of(word);
            if (key.length() >= 2 && !PARTICLES.contains(key)) {
                out.add(word);
            }
        }
        return out;
    }

    /** Union-find over mention indices. */
    private static final class Groups {
        private final int[] parent;

        Groups(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }

        /** The entity of a group: that of its member with the most words (the first such), or null. */
        Entity entity(int member, List<Item> items) {
            int root = find(member);
            Entity best = null;
            int bestWords = -1;
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                if (item.entity != null && find(i) == root && item.words.size() > bestWords) {
                    best = item.entity;
                    bestWords = item.words.size();
                }
            }
            return best;
        }
    }
}
