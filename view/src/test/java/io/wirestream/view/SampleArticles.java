package io.wirestream.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Entity;
import io.wirestream.avro.RawArticle;
import io.wirestream.enrichment.Enricher;
import io.wirestream.streams.ArticleMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The repository's sample articles, enriched once per test JVM with the default chain. */
final class SampleArticles {

    static final Path FILE = Path.of("../samples/articles.jsonl");
    static final String ARABIC = "e0b798d0f20a28bd";
    static final String ENGLISH = "sample-en-wire-001";
    static final String FRENCH = "sample-fr-002";
    static final String GERMAN = "sample-de-003";
    static final String RUSSIAN = "sample-ru-004";

    private static Map<String, EnrichedArticle> enriched;

    private SampleArticles() {}

    /** Enriched samples by id, in file order. */
    static synchronized Map<String, EnrichedArticle> enriched() {
        if (enriched == null) {
            Enricher enricher = Enricher.loadDefault();
            Map<String, EnrichedArticle> articles = new LinkedHashMap<>();
            ObjectMapper json = new ObjectMapper();
            try {
                for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    RawArticle raw = raw(json.readTree(line));
                    articles.put(
                            raw.getId(),
                            ArticleMapper.toEnriched(
                                    raw,
                                    enricher.enrich(ArticleMapper.toInput(raw)),
                                    Instant.parse("2026-02-04T12:00:00Z")));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            enriched = Map.copyOf(articles);
        }
        return enriched;
    }

    /** Mentions of one canonical entity in one enriched sample, in text order (what the models found). */
    static List<Entity> mentions(String id, String canonicalId) {
        return enriched().get(id).getEntities().stream()
                .filter(e -> canonicalId.equals(e.getCanonicalId()))
                .toList();
    }

    static EnrichedArticle get(String id) {
        return EnrichedArticle.newBuilder(enriched().get(id)).build();
    }

    private static RawArticle raw(JsonNode node) {
        return RawArticle.newBuilder()
                .setId(node.get("id").asText())
                .setUrl(text(node, "url"))
                .setSource(text(node, "source"))
                .setTitle(text(node, "title"))
                .setBody(text(node, "body"))
                .setHtml(text(node, "html"))
                .setPublishedAt(
                        node.hasNonNull("publishedAt")
                                ? Instant.parse(node.get("publishedAt").asText())
                                : null)
                .setLanguageHint(text(node, "language"))
                .build();
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
