package io.wirestream.producer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.avro.RawArticle;
import io.wirestream.enrichment.ArticleInput;
import io.wirestream.enrichment.validate.ArticleIds;
import io.wirestream.enrichment.validate.ArticleValidator;
import io.wirestream.enrichment.validate.Violation;
import io.wirestream.schemas.GeneratedClasses;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns input JSON into validated {@link RawArticle}s, with the same validation the streams
 * processor applies. The input shape: {@code id}, {@code url}, {@code source}, {@code title},
 * {@code body} (plain text) or {@code html}, {@code publishedAt} and {@code fetchedAt} (ISO-8601),
 * {@code language} (a hint) and {@code metadata} (an object); unknown fields are ignored. Without an
 * id, a stable one is derived from the URL. Thread-safe.
 */
public final class ArticleJson {

    /** The item is not JSON. */
    public static final String INVALID_JSON = "INVALID_JSON";
    /** The item is JSON but not an object. */
    public static final String NOT_AN_OBJECT = "NOT_AN_OBJECT";
    /** A field has the wrong JSON type or format. */
    public static final String INVALID_FIELD = "INVALID_FIELD";

    static {
        GeneratedClasses.trust();
    }

    private final ObjectMapper mapper;
    private final ArticleValidator validator;

    public ArticleJson(ArticleValidator validator) {
        this.validator = validator;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64)
                        .maxStringLength(64 * 1024 * 1024)
                        .build())
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    /** Parses and validates one item. */
    public ParsedArticle parse(SourceItem item) {
        JsonNode node;
        try {
            node = mapper.readTree(item.json());
        } catch (JsonProcessingException e) {
            return reject(item, null, INVALID_JSON, "not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return reject(
                    item,
                    null,
                    NOT_AN_OBJECT,
                    "expected a JSON object, got " + (node == null ? "nothing" : node.getNodeType()));
        }
        String rawId = text(node, "id");
        try {
            String url = text(node, "url");
            String id = rawId != null ? rawId : url != null && !url.isBlank() ? ArticleIds.fromUrl(url) : null;
            RawArticle article = RawArticle.newBuilder()
                    .setId(id == null ? "" : id)
                    .setUrl(url)
                    .setSource(text(node, "source"))
                    .setTitle(text(node, "title"))
                    .setBody(text(node, "body"))
                    .setHtml(text(node, "html"))
                    .setPublishedAt(instant(node, "publishedAt"))
                    .setFetchedAt(instant(node, "fetchedAt"))
                    .setLanguageHint(text(node, "language"))
                    .setMetadata(metadata(node))
                    .build();
            List<Violation> violations = validator.validate(new ArticleInput(
                    article.getId(),
                    article.getUrl(),
                    article.getSource(),
                    article.getTitle(),
                    article.getBody(),
                    article.getHtml(),
                    article.getPublishedAt(),
                    article.getLanguageHint()));
            if (!violations.isEmpty()) {
                return reject(
                        item,
                        id,
                        violations.get(0).code().name(),
                        violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
            }
            return new ParsedArticle.Valid(item, article);
        } catch (IllegalArgumentException e) {
            return reject(item, rawId, INVALID_FIELD, e.getMessage());
        }
    }

    private static ParsedArticle reject(SourceItem item, String id, String reason, String message) {
        return new ParsedArticle.Rejected(new Rejection(item.origin(), item.line(), id, reason, message));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isNumber() && field.equals("id")) {
            return value.asText();
        }
        throw new IllegalArgumentException("field '" + field + "' must be a string, was " + value.getNodeType());
    }

    private static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(v);
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e3) {
                    throw new IllegalArgumentException(
                            "field '" + field + "' is not an ISO-8601 date or date-time: '" + abbreviate(v) + "'", e3);
                }
            }
        }
    }

    private static Map<String, String> metadata(JsonNode node) {
        JsonNode value = node.get("metadata");
        if (value == null || value.isNull()) {
            return Map.of();
        }
        if (!value.isObject()) {
            throw new IllegalArgumentException("field 'metadata' must be an object, was " + value.getNodeType());
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            JsonNode v = entry.getValue();
            result.put(entry.getKey(), v.isTextual() ? v.asText() : v.toString());
        }
        return result;
    }

    private static String abbreviate(String value) {
        return value.length() <= 64 ? value : value.substring(0, 61) + "...";
    }
}
