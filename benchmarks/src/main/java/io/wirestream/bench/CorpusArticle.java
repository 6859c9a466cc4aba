package io.wirestream.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.avro.RawArticle;
import io.wirestream.enrichment.ArticleInput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One article of the benchmark corpus, in the producer's input shape.
 *
 * @param kind        {@code html} (a full page), {@code wire} (plain-text wire copy in a Latin script) or
 *                    {@code non-latin} (plain text in Arabic, Persian, Hebrew, Urdu, Russian or Chinese)
 * @param language    the language the text was built in (also sent as the source's hint for about half of them)
 * @param hint        the language hint sent with the article, or null
 * @param body        plain text, or null for {@code html}
 * @param html        the page, or null
 */
public record CorpusArticle(
        String kind,
        String id,
        String url,
        String source,
        String title,
        String body,
        String html,
        String language,
        String hint,
        Instant publishedAt) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public CorpusArticle {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
    }

    /** The JSON Lines form the producer reads (one line, no trailing newline). */
    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        node.put("url", url);
        node.put("source", source);
        if (title != null) {
            node.put("title", title);
        }
        if (body != null) {
            node.put("body", body);
        }
        if (html != null) {
            node.put("html", html);
        }
        node.put("publishedAt", publishedAt.toString());
        if (hint != null) {
            node.put("language", hint);
        }
        node.putObject("metadata").put("kind", kind).put("bench.language", language);
        return node.toString();
    }

    /** The record the producer would publish. */
    public RawArticle toRaw() {
        return RawArticle.newBuilder()
                .setId(id)
                .setUrl(url)
                .setSource(source)
                .setTitle(title)
                .setBody(body)
                .setHtml(html)
                .setPublishedAt(publishedAt)
                .setFetchedAt(null)
                .setLanguageHint(hint)
                .setMetadata(Map.of("kind", kind, "bench.language", language))
                .build();
    }

    /** The enrichment input, as the topology builds it. */
    public ArticleInput toInput() {
        return new ArticleInput(id, url, source, title, body, html, publishedAt, hint);
    }

    /** UTF-8 bytes of the text the article carries (body or page). */
    public int textBytes() {
        return (body == null ? 0 : body.getBytes(StandardCharsets.UTF_8).length)
                + (html == null ? 0 : html.getBytes(StandardCharsets.UTF_8).length)
                + (title == null ? 0 : title.getBytes(StandardCharsets.UTF_8).length);
    }
}
