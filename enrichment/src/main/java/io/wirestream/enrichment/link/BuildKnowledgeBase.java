package io.wirestream.enrichment.link;

import io.wirestream.enrichment.clean.MatchingKey;
import io.wirestream.enrichment.entity.EntityType;
import io.wirestream.enrichment.link.KnowledgeBase.Entity;
import io.wirestream.enrichment.link.KnowledgeBase.Source;
import io.wirestream.enrichment.link.TransliterationTrainer.Evaluation;
import io.wirestream.enrichment.link.TransliterationTrainer.Pair;
import io.wirestream.enrichment.link.Transliterator.Model;
import io.wirestream.enrichment.link.Transliterator.Script;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the linker's resources from the public name lists and the curated gazetteer files:
 * {@code knowledge-base.tsv.gz} and {@code transliteration.tsv.gz}. Deterministic: rerunning it on the same
 * inputs rewrites both files byte for byte (on the same JDK), and prints the held-out transliteration
 * figures.
 *
 * <pre>
 * java -cp enrichment/target/classes io.wirestream.enrichment.link.BuildKnowledgeBase \
 *     --names ../shared/data/names \
 *     --gazetteer enrichment/src/main/resources/io/wirestream/enrichment/gazetteer \
 *     --out enrichment/src/main/resources/io/wirestream/enrichment/link
 * </pre>
 *
 * <p>Inputs used, by license: {@code countries_cldr_umpirsky.tsv} (MIT; CLDR under the Unicode License),
 * {@code persons_wikidata_en_he_full.tsv} and {@code person_tokens_wikidata_en_*.tsv} (CC0), and the curated
 * gazetteer files (ours). Not used: {@code countries_mledoze.tsv} (ODbL, share-alike for derived
 * databases) and {@code countries_{ar,en}.json} (CC BY-SA 4.0).
 */
public final class BuildKnowledgeBase {

    static final String KB_FILE = "knowledge-base.tsv.gz";
    static final String TRANSLITERATION_FILE = "transliteration.tsv.gz";
    static final String ROMANIZATION_FILE = "romanization.tsv.gz";
    static final List<String> CURATED =
            List.of("countries_extra.tsv", "places.tsv", "organizations.tsv", "persons.tsv");

    /** Script, pair file suffix, most Latin letters per foreign letter. */
    record Corpus(Script script, String lang, int maxOut) {}

    private static final List<Corpus> CORPORA = List.of(
            new Corpus(Script.ARABIC, "ar", 4),
            new Corpus(Script.CYRILLIC, "ru", 4),
            new Corpus(Script.HAN, "zh", 6),
            new Corpus(Script.HEBREW, "he", 4));
    static final int EM_ITERATIONS = 5;
    static final int MAX_TRAIN_PAIRS = 30_000;
    static final int RETRIEVAL_CANDIDATES = 1_000;
    static final int RETRIEVAL_QUERIES = 500;

    private BuildKnowledgeBase() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --flag value pairs, got " + args[i]);
            }
            flags.put(args[i].substring(2), args[i + 1]);
        }
        Path names = Path.of(required(flags, "names"));
        Path gazetteer = Path.of(
                flags.getOrDefault("gazetteer", "enrichment/src/main/resources/io/wirestream/enrichment/gazetteer"));
        Path out = Path.of(required(flags, "out"));
        PrintStream log = System.out;

        List<Entity> entities = buildEntities(names, gazetteer);
        byte[] kb = knowledgeBaseBytes(entities);
        Files.write(out.resolve(KB_FILE), kb);
        long nameCount = entities.stream().mapToLong(e -> 1 + e.names().size()).sum();
        log.printf(
                Locale.ROOT,
                "knowledge base: %d entities, %d names, %d bytes -> %s%n",
                entities.size(),
                nameCount,
                kb.length,
                out.resolve(KB_FILE));

        Map<Script, Model> models = new EnumMap<>(Script.class);
        Map<Corpus, Split> pairs = readPairs(names);
        for (Evaluation evaluation : trainTransliteration(pairs, models)) {
            log.println(evaluation);
        }
        byte[] tl = gzip(w -> TransliterationTrainer.write(models, w));
        Files.write(out.resolve(TRANSLITERATION_FILE), tl);
        log.printf(Locale.ROOT, "transliteration: %d bytes -> %s%n", tl.length, out.resolve(TRANSLITERATION_FILE));

        // the romanizer is built on the models as the runtime reads them back (rounded log probabilities), so the
        // spellings it stores are exactly those its generation misses at runtime
        Transliterator shipped =
                Transliterator.read(new GZIPInputStream(new ByteArrayInputStream(tl)), TRANSLITERATION_FILE);
        Map<Script, Model> shippedModels = new EnumMap<>(Script.class);
        models.keySet().forEach(script -> shippedModels.put(script, shipped.model(script)));
        Map<Script, Romanizer.Table> tables = new EnumMap<>(Script.class);
        for (RomanizerTrainer.Evaluation evaluation : trainRomanizer(pairs, shippedModels, tables)) {
            log.println(evaluation);
        }
        byte[] ro = gzip(w -> RomanizerTrainer.write(tables, w));
        Files.write(out.resolve(ROMANIZATION_FILE), ro);
        log.printf(Locale.ROOT, "romanization: %d bytes -> %s%n", ro.length, out.resolve(ROMANIZATION_FILE));
    }

    private static String required(Map<String, String> flags, String name) {
        String value = flags.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    /** Each corpus's name-word pairs, split once, each part in file order. */
    static Map<Corpus, Split> readPairs(Path names) throws IOException {
        Map<Corpus, Split> pairs = new LinkedHashMap<>();
        for (Corpus corpus : CORPORA) {
            pairs.put(
                    corpus,
                    Split.of(TransliterationTrainer.readPairs(
                            names.resolve("person_tokens_wikidata_en_" + corpus.lang() + ".tsv"), corpus.lang())));
        }
        return pairs;
    }

    /** Trains one model per script into {@code models}; returns the held-out evaluations. */
    static List<Evaluation> trainTransliteration(Map<Corpus, Split> pairs, Map<Script, Model> models) {
        List<Evaluation> evaluations = new ArrayList<>();
        for (Corpus corpus : CORPORA) {
            Split split = pairs.get(corpus);
            List<Pair> train = split.train();
            List<Pair> dev = split.dev();
            List<Pair> test = split.test();
            Model model = TransliterationTrainer.train(
                    corpus.script(), train, corpus.maxOut(), EM_ITERATIONS, MAX_TRAIN_PAIRS);
            Evaluation evaluation = TransliterationTrainer.evaluate(
                    corpus.script(),
                    model,
                    Math.min(train.size(), MAX_TRAIN_PAIRS),
                    dev,
                    test,
                    RETRIEVAL_CANDIDATES,
                    RETRIEVAL_QUERIES);
            models.put(
                    corpus.script(),
                    new Model(model.maxOut(), model.ops(), model.foreign(), model.latin(), evaluation.threshold()));
            evaluations.add(evaluation);
        }
        return evaluations;
    }

    /** Pairs by a hash of their id: train, dev (5%), test (5%). */
    record Split(List<Pair> train, List<Pair> dev, List<Pair> test) {
        static Split of(List<Pair> pairs) {
            Split split = new Split(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (Pair pair : pairs) {
                int bucket = TransliterationTrainer.bucket(pair.id());
                (bucket == TransliterationTrainer.TEST_BUCKET
                                ? split.test()
                                : bucket == TransliterationTrainer.DEV_BUCKET ? split.dev() : split.train())
                        .add(pair);
            }
            return split;
        }
    }

    /** Trains one romanizer table per script with a model into {@code tables}; returns the held-out evaluations. */
    static List<RomanizerTrainer.Evaluation> trainRomanizer(
            Map<Corpus, Split> pairs, Map<Script, Model> models, Map<Script, Romanizer.Table> tables) {
        Map<String, Integer> latinFrequency = new HashMap<>();
        for (Split split : pairs.values()) {
            for (List<Pair> part : List.of(split.train(), split.dev(), split.test())) {
                part.forEach(pair -> latinFrequency.merge(Transliterator.latinKey(pair.latin()), 1, Integer::sum));
            }
        }
        List<RomanizerTrainer.Evaluation> evaluations = new ArrayList<>();
        for (Corpus corpus : CORPORA) {
            Split split = pairs.get(corpus);
            evaluations.add(RomanizerTrainer.train(
                    corpus.script(),
                    models.get(corpus.script()),
                    split.train(),
                    split.dev(),
                    split.test(),
                    latinFrequency,
                    tables));
        }
        return evaluations;
    }

    // ---- knowledge base ----

    private static final class Draft {
        final String id;
        final EntityType type;
        final Source source;
        String canonical;
        final Set<String> names = new LinkedHashSet<>();

        Draft(String id, EntityType type, Source source) {
            this.id = id;
            this.type = type;
            this.source = source;
        }
    }

    static List<Entity> buildEntities(Path names, Path gazetteer) throws IOException {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        readCldr(names.resolve("countries_cldr_umpirsky.tsv"), drafts);
        for (String file : CURATED) {
            readCurated(gazetteer.resolve(file), drafts);
        }
        readWikidataPersons(names.resolve("persons_wikidata_en_he_full.tsv"), drafts);
        List<Entity> out = new ArrayList<>(drafts.size());
        for (Draft d : new TreeMap<>(drafts).values()) {
            if (d.canonical == null) {
                continue; // no English name: nothing to show
            }
            Set<String> seen = new LinkedHashSet<>();
            seen.add(MatchingKey.of(d.canonical));
            List<String> others = new ArrayList<>();
            for (String name : d.names) {
                if (seen.add(MatchingKey.of(name))) {
                    others.add(name);
                }
            }
            out.add(new Entity(d.id, d.type, d.source, d.canonical, others));
        }
        return out;
    }

    private static void readCldr(Path tsv, Map<String, Draft> drafts) throws IOException {
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 3 || f[0].equals("id") || line.startsWith("#")) {
                continue;
            }
            String id = "country:" + f[0].substring(f[0].indexOf(':') + 1).strip();
            Draft d = drafts.computeIfAbsent(id, k -> new Draft(k, EntityType.LOCATION, Source.CLDR));
            String name = clean(f[2]);
            if (f[1].strip().equals("en") && d.canonical == null) {
                d.canonical = name;
            }
            addName(d, name);
        }
    }

    private static void readCurated(Path tsv, Map<String, Draft> drafts) throws IOException {
        String[] header = null;
        Set<String> renamed = new LinkedHashSet<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f[0].equals("id")) {
                header = f;
                continue;
            }
            if (header == null) {
                throw new IllegalStateException(tsv + ": row before header: " + line);
            }
            String id = f[0].strip();
            Draft d = drafts.computeIfAbsent(id, k -> new Draft(k, EntityType.valueOf(f[1].strip()), Source.CURATED));
            for (int c = 2; c < f.length && c < header.length; c++) {
                for (String alias : f[c].split("\\|")) {
                    String name = clean(alias);
                    if (name.isEmpty()) {
                        continue;
                    }
                    if (header[c].equals("en") && renamed.add(id)) {
                        d.canonical = name; // the first English name; for countries it replaces CLDR's
                    }
                    addName(d, name);
                }
            }
        }
    }

    /** Wikidata people: rows sharing an English name are one person; a curated person with that name absorbs them. */
    private static void readWikidataPersons(Path tsv, Map<String, Draft> drafts) throws IOException {
        Map<String, Draft> byEnglishKey = new HashMap<>();
        for (Draft d : drafts.values()) {
            if (d.type == EntityType.PERSON && d.canonical != null) {
                byEnglishKey.put(MatchingKey.of(d.canonical), d);
            }
        }
        Map<String, List<String[]>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 3 || f[0].equals("id")) {
                continue;
            }
            rows.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
        }
        for (List<String[]> person : rows.values()) {
            String english = person.stream()
                    .filter(f -> f[1].equals("en"))
                    .map(f -> clean(f[2]))
                    .findFirst()
                    .orElse("");
            if (english.isEmpty() || english.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            String key = MatchingKey.of(english);
            Draft d = byEnglishKey.get(key);
            if (d == null) {
                String id = uniqueId("per:" + slug(english, person.get(0)[0]), drafts);
                d = new Draft(id, EntityType.PERSON, Source.WIKIDATA);
                d.canonical = english;
                drafts.put(id, d);
                byEnglishKey.put(key, d);
            }
            for (String[] f : person) {
                addName(d, clean(f[2]));
            }
        }
    }

    private static String uniqueId(String base, Map<String, Draft> drafts) {
        String id = base;
        for (int n = 2; drafts.containsKey(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String name, String fallback) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? fallback.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT) : slug;
    }

    private static void addName(Draft d, String name) {
        if (!name.isEmpty() && name.indexOf('|') < 0 && name.indexOf('\t') < 0) {
            d.names.add(name);
        }
    }

    /** A name without a parenthesised part or surrounding space. */
    private static String clean(String name) {
        return name.replaceAll("\\s*[(（][^)）]*[)）]\\s*", " ").strip();
    }

    /** The knowledge-base resource's bytes (gzip, no timestamp). */
    static byte[] knowledgeBaseBytes(List<Entity> entities) throws IOException {
        return gzip(w -> writeEntities(entities, w));
    }

    private static void writeEntities(List<Entity> entities, Writer w) throws IOException {
        w.write(
                "# Wirestream knowledge base: id, type, source, English canonical name, other names ('|'-separated).\n");
        w.write("# Built by io.wirestream.enrichment.link.BuildKnowledgeBase; sources and licenses in NOTICE.md.\n");
        for (Entity e : entities) {
            w.write(e.id() + "\t" + e.type() + "\t" + e.source() + "\t" + e.canonicalName() + "\t"
                    + String.join("|", e.names()) + "\n");
        }
    }

    private interface WriterBody {
        void write(Writer w) throws IOException;
    }

    private static byte[] gzip(WriterBody body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
            body.write(w);
        }
        return bytes.toByteArray();
    }
}
