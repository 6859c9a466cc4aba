package io.wirestream.enrichment.ner;

import io.wirestream.enrichment.entity.EntityMention;
import io.wirestream.enrichment.entity.EntityTagger;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Statistical entity tagging with one {@link NerModel} per language: tokenizes raw text with
 * {@link NerTokenizer}, tags the sentences of the text as one document (two-pass models use how the first pass
 * tagged the other occurrences of a word in the text, so pass a whole article or segment), and returns spans with offsets into the given text, a base
 * form (Arabic proclitics stripped, Turkish suffixes after an apostrophe dropped; other languages as written)
 * and a margin-based confidence. {@code canonicalId} and {@code canonicalName} are left null for the linker.
 * A language without a model gets an empty list.
 *
 * <p>Models are loaded eagerly, all at once, by {@link #loadDefault()} (about a second and about 220 MB of heap
 * for every language; see the model cards): call it once at startup. Immutable and thread-safe.
 */
public final class NerTagger implements EntityTagger {

    static final String RESOURCE_DIR = "/io/wirestream/enrichment/ner/";

    /** Languages with a bundled model. */
    public static final List<String> LANGUAGES =
            List.of("ar", "en", "de", "fr", "nl", "es", "pt", "ru", "tr", "fa", "he", "az", "zh", "id", "ur");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("iw", "he"),
            Map.entry("in", "id"),
            Map.entry("ara", "ar"),
            Map.entry("eng", "en"),
            Map.entry("deu", "de"),
            Map.entry("ger", "de"),
            Map.entry("fra", "fr"),
            Map.entry("fre", "fr"),
            Map.entry("nld", "nl"),
            Map.entry("dut", "nl"),
            Map.entry("spa", "es"),
            Map.entry("por", "pt"),
            Map.entry("rus", "ru"),
            Map.entry("tur", "tr"),
            Map.entry("fas", "fa"),
            Map.entry("per", "fa"),
            Map.entry("pes", "fa"),
            Map.entry("heb", "he"),
            Map.entry("aze", "az"),
            Map.entry("azj", "az"),
            Map.entry("zho", "zh"),
            Map.entry("chi", "zh"),
            Map.entry("cmn", "zh"),
            Map.entry("ind", "id"),
            Map.entry("urd", "ur"));

    private final Map<String, NerModel> models;
    private final String version;

    private NerTagger(Map<String, NerModel> models, String version) {
        this.models = Map.copyOf(models);
        this.version = version;
    }

    /** Loads every bundled model. Slow (seconds): call once at startup. */
    public static NerTagger loadDefault() {
        return load(LANGUAGES);
    }

    /** Loads the bundled models of {@code languages}; a language without a bundled model is skipped. */
    public static NerTagger load(Collection<String> languages) {
        MessageDigest digest = sha256();
        Map<String, NerModel> models = new LinkedHashMap<>();
        for (String language : languages) {
            String lang = normalize(language);
            try (InputStream in = NerTagger.class.getResourceAsStream(RESOURCE_DIR + lang + ".bin")) {
                if (in == null) {
                    continue;
                }
                models.put(lang, NerModel.read(new DigestInputStream(in, digest)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read NER model " + lang, e);
            }
        }
        return new NerTagger(
                models, "ner@" + HexFormat.of().formatHex(digest.digest()).substring(0, 12));
    }

    /** A tagger over given models (tests, evaluation). */
    public static NerTagger of(Map<String, NerModel> models) {
        return new NerTagger(models, "ner@custom");
    }

    /** Digest of the loaded model files, for {@code modelVersions()}. */
    public String version() {
        return version;
    }

    public Set<String> languages() {
        return models.keySet();
    }

    /** The model of {@code language}, or null. */
    public NerModel model(String language) {
        return models.get(normalize(language));
    }

    @Override
    public List<EntityMention> tag(String text, String language) {
        Objects.requireNonNull(text, "text");
        NerModel model = model(language);
        if (model == null) {
            return List.of();
        }
        List<List<NerTokenizer.Token>> sentences = NerTokenizer.sentences(text, model.language());
        List<List<String>> words = new ArrayList<>(sentences.size());
        for (List<NerTokenizer.Token> sentence : sentences) {
            List<String> w = new ArrayList<>(sentence.size());
            for (NerTokenizer.Token t : sentence) {
                w.add(t.text());
            }
            words.add(w);
        }
        List<List<NerModel.Mention>> tagged = model.tagDocument(words);
        List<EntityMention> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<NerTokenizer.Token> sentence = sentences.get(s);
            for (NerModel.Mention m : tagged.get(s)) {
                int start = sentence.get(m.start()).start();
                int end = sentence.get(m.end() - 1).end();
                String surface = text.substring(start, end);
                out.add(new EntityMention(
                        m.type(), surface, start, end, model.baseForm(surface), null, null, m.confidence()));
            }
        }
        return List.copyOf(out);
    }

    static String normalize(String language) {
        if (language == null) {
            return "und";
        }
        String lang = language.toLowerCase(Locale.ROOT);
        int cut = lang.indexOf('-') >= 0 ? lang.indexOf('-') : lang.indexOf('_');
        if (cut > 0) {
            lang = lang.substring(0, cut);
        }
        return ALIASES.getOrDefault(lang, lang);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
