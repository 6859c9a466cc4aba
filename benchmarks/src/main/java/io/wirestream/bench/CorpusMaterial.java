package io.wirestream.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * What the benchmark corpus is built from, read once: the extraction benchmark's HTML pages, sentences
 * of the public NER corpora per language, and the repository's sample articles. Everything is sorted
 * by name so that the same seed gives the same corpus on every machine.
 *
 * @param pages     full HTML pages with their URL, in file-name order
 * @param sentences language code -> detokenized sentences, in corpus order
 * @param samples   the sample articles of {@code samples/articles.jsonl}, as JSON objects
 */
record CorpusMaterial(List<Page> pages, Map<String, List<String>> sentences, List<JsonNode> samples) {

    /** One HTML page of the extraction benchmark. */
    record Page(String id, String url, String html) {}

    /** Sentences read per corpus file: enough variety, bounded load time. */
    static final int MAX_SENTENCES_PER_FILE = 4_000;

    /**
     * NER corpus files per language (relative to {@code ner/}); news where the data has it. The Latin-script
     * languages make the plain wire copy, the others the non-Latin articles.
     */
    static final Map<String, List<String>> NER_FILES = nerFiles();

    private static Map<String, List<String>> nerFiles() {
        Map<String, List<String>> files = new LinkedHashMap<>();
        files.put("en", List.of("en/conll2003/test.conll"));
        files.put("es", List.of("es/conll2002/test.conll"));
        files.put("de", List.of("de/germeval2014/test.conll"));
        files.put("fr", List.of("fr/wikiann/test.conll"));
        files.put("nl", List.of("nl/wikiann/test.conll"));
        files.put("pt", List.of("pt/wikiann/test.conll"));
        files.put("tr", List.of("tr/turkish-wiki-ner/test.conll"));
        files.put("id", List.of("id/nergrit/dev.conll"));
        files.put("az", List.of("az/az-ner-mnahmadov/test.conll"));
        files.put("ar", List.of("ar/anercorp/test.conll", "ar/aqmar/all.conll"));
        files.put("ru", List.of("ru/factrueval2016/test.conll"));
        files.put("fa", List.of("fa/peyma/test.conll"));
        files.put("he", List.of("he/nemo/test.conll"));
        files.put("ur", List.of("ur/ijcnlp08-ssea/test.conll"));
        files.put("zh", List.of("zh/msra/test.conll"));
        return files;
    }

    /** Languages whose text is written without spaces between words. */
    private static boolean unspaced(String language) {
        return language.equals("zh");
    }

    /**
     * Reads the material.
     *
     * @param data    the shared data directory (with {@code extraction/} and {@code ner/})
     * @param samples the repository's {@code samples/} directory
     */
    static CorpusMaterial load(Path data, Path samples) {
        try {
            return new CorpusMaterial(
                    pages(data.resolve("extraction")), sentences(data.resolve("ner")), samples(samples));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus material under " + data + " and " + samples, e);
        }
    }

    private static List<Page> pages(Path extraction) throws IOException {
        JsonNode truth = new ObjectMapper()
                .readTree(extraction.resolve("ground-truth.json").toFile());
        List<Path> files;
        try (Stream<Path> listing = Files.list(extraction.resolve("html"))) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".html.gz"))
                    .sorted()
                    .toList();
        }
        List<Page> pages = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - ".html.gz".length());
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                JsonNode entry = truth.get(id);
                String url = entry == null || entry.get("url") == null
                        ? "https://example.org/" + id
                        : entry.get("url").asText();
                pages.add(new Page(id, url, html));
            }
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("no *.html.gz pages under " + extraction.resolve("html"));
        }
        return List.copyOf(pages);
    }

    private static Map<String, List<String>> sentences(Path ner) throws IOException {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> language : NER_FILES.entrySet()) {
            List<String> sentences = new ArrayList<>();
            for (String file : language.getValue()) {
                readConll(ner.resolve(file), unspaced(language.getKey()), sentences);
            }
            if (sentences.isEmpty()) {
                throw new IllegalStateException("no sentences for " + language.getKey() + " in " + language.getValue());
            }
            result.put(language.getKey(), List.copyOf(sentences));
        }
        return result;
    }

    private static void readConll(Path file, boolean unspaced, List<String> into) throws IOException {
        int read = 0;
        List<String> tokens = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null && read < MAX_SENTENCES_PER_FILE) {
                if (line.isBlank()) {
                    if (addSentence(tokens, unspaced, into)) {
                        read++;
                    }
                    tokens.clear();
                } else {
                    int tab = line.indexOf('\t');
                    tokens.add(tab < 0 ? line.strip() : line.substring(0, tab));
                }
            }
        }
        addSentence(tokens, unspaced, into);
    }

    /** Keeps sentences that read like prose: a few words, ending in a full stop or similar. */
    private static boolean addSentence(List<String> tokens, boolean unspaced, List<String> into) {
        if (tokens.size() < (unspaced ? 12 : 6) || tokens.size() > 80) {
            return false;
        }
        String text = detokenize(tokens, unspaced);
        char last = text.charAt(text.length() - 1);
        if (".!?。؟۔".indexOf(last) < 0) {
            return false;
        }
        into.add(text);
        return true;
    }

    /** Joins tokens the way text is written: no space before closing punctuation or after opening. */
    static String detokenize(List<String> tokens, boolean unspaced) {
        StringBuilder text = new StringBuilder();
        boolean glueNext = true;
        for (String token : tokens) {
            boolean closing = token.length() == 1 && ".,;:!?)]}»%،؛؟。，、；：！？）".contains(token)
                    || token.equals("'s")
                    || token.equals("n't");
            if (!glueNext && !closing && !unspaced) {
                text.append(' ');
            }
            text.append(token);
            glueNext = token.length() == 1 && "([{«".contains(token);
        }
        return text.toString().strip();
    }

    private static List<JsonNode> samples(Path samples) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(samples.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                nodes.add(mapper.readTree(line));
            }
        }
        return List.copyOf(nodes);
    }

    /** The sample article in the given language, or null. */
    JsonNode sample(String language) {
        for (JsonNode node : samples) {
            JsonNode hint = node.get("language");
            if (hint != null && language.equals(hint.asText())) {
                return node;
            }
        }
        return null;
    }

    /** Sentences of a language; never empty. */
    List<String> sentencesOf(String language) {
        return Objects.requireNonNull(sentences.get(language), language);
    }
}
