package io.wirestream.enrichment.link;

import io.wirestream.enrichment.clean.MatchingKey;
import io.wirestream.enrichment.entity.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The multilingual knowledge base the linker resolves names against: countries (CLDR), curated places,
 * organizations and people, and about 70,000 people with English and Hebrew names (Wikidata), each with a
 * stable canonical id and an English canonical name. Built by {@link BuildKnowledgeBase}; see the NOTICE
 * next to the resource for sources and licenses.
 *
 * <p>Names are looked up through {@link MatchingKey}, and Latin names also through
 * {@link Transliterator#latinKey} per word, so {@code Erdogan} finds {@code Erdoğan}. Immutable and
 * thread-safe.
 */
public final class KnowledgeBase {

    static final String RESOURCE = "/io/wirestream/enrichment/link/knowledge-base.tsv.gz";

    /** Where an entity comes from; curated entries are trusted with one-word names, others are not. */
    public enum Source {
        CURATED,
        CLDR,
        WIKIDATA
    }

    /**
     * @param id            the canonical id ({@code country:IL}, {@code loc:baku}, {@code org:un}, {@code per:ilham-aliyev})
     * @param type          the entity class
     * @param source        where the entry comes from
     * @param canonicalName English display name
     * @param names         every other name, in any language and script
     */
    public record Entity(String id, EntityType type, Source source, String canonicalName, List<String> names) {
        public Entity {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(canonicalName, "canonicalName");
            names = List.copyOf(names);
        }

        /** The canonical name first, then the others. */
        public List<String> allNames() {
            List<String> all = new ArrayList<>(names.size() + 1);
            all.add(canonicalName);
            all.addAll(names);
            return all;
        }
    }

    private final Map<String, Entity> byId;
    private final Map<String, List<Entity>> byKey;
    private final List<Entity> curatedPersons;
    private final int nameCount;
    private final String version;

    KnowledgeBase(List<Entity> entities, String version) {
        Map<String, Entity> ids = new HashMap<>(entities.size() * 2);
        Map<String, List<Entity>> keys = new HashMap<>(entities.size() * 4);
        List<Entity> persons = new ArrayList<>();
        int names = 0;
        for (Entity entity : entities) {
            if (ids.put(entity.id(), entity) != null) {
                throw new IllegalArgumentException("duplicate knowledge-base id " + entity.id());
            }
            if (entity.source() == Source.CURATED && entity.type() == EntityType.PERSON) {
                persons.add(entity);
            }
            for (String name : entity.allNames()) {
                names++;
                for (String key : keys(name)) {
                    List<Entity> list = keys.computeIfAbsent(key, k -> new ArrayList<>(1));
                    if (!list.contains(entity)) {
                        list.add(entity);
                    }
                }
            }
        }
        this.byId = Map.copyOf(ids);
        this.byKey = Map.copyOf(keys);
        this.curatedPersons = List.copyOf(persons);
        this.nameCount = names;
        this.version = version;
    }

    /** Loads the bundled knowledge base (a few seconds, tens of MB of heap); call once. */
    public static KnowledgeBase loadDefault() {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("knowledge base missing: " + RESOURCE);
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            DigestInputStream digesting = new DigestInputStream(in, digest);
            List<Entity> entities = read(new GZIPInputStream(digesting));
            digesting.readAllBytes();
            return new KnowledgeBase(
                    entities, "kb@" + HexFormat.of().formatHex(digest.digest()).substring(0, 12));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Reads rows {@code id type source canonicalName names} ({@code |}-separated) as written by the builder. */
    static List<Entity> read(InputStream in) throws IOException {
        List<Entity> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            List<String> names = f[4].isEmpty() ? List.of() : List.of(f[4].split("\\|"));
            out.add(new Entity(f[0], EntityType.valueOf(f[1]), Source.valueOf(f[2]), f[3], names));
        }
        return out;
    }

    /** The lookup keys of a name: its {@link MatchingKey}, and for Latin names the accent-free word keys. */
    static List<String> keys(String name) {
        String key = MatchingKey.of(name);
        List<String> out = new ArrayList<>(2);
        if (key.isEmpty()) {
            return out;
        }
        out.add(key);
        if (Transliterator.Script.of(name) == Transliterator.Script.LATIN) {
            StringBuilder latin = new StringBuilder("~");
            for (String word : key.split("[\\s\\-'‐’]+")) {
                String w = Transliterator.latinKey(word);
                if (!w.isEmpty()) {
                    latin.append(latin.length() > 1 ? " " : "").append(w);
                }
            }
            if (latin.length() > 1 && !latin.substring(1).equals(key)) {
                out.add(latin.toString());
            }
        }
        return out;
    }

    /** Entities with this name (exactly, up to {@link MatchingKey} and Latin accents); never null. */
    public List<Entity> lookup(String name) {
        Objects.requireNonNull(name, "name");
        List<Entity> out = new ArrayList<>(1);
        for (String key : keys(name)) {
            for (Entity e : byKey.getOrDefault(key, List.of())) {
                if (!out.contains(e)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    public Optional<Entity> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Curated people: the candidates for cross-script matching by transliteration. */
    public List<Entity> curatedPersons() {
        return curatedPersons;
    }

    public int size() {
        return byId.size();
    }

    /** Number of names over all entities, canonical names included. */
    public int nameCount() {
        return nameCount;
    }

    public String version() {
        return version;
    }
}
