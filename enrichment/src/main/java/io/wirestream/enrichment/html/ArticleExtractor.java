package io.wirestream.enrichment.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article body from an HTML page. Stateless and thread-safe.
 *
 * <p>This first version keeps block-level text of the body; boilerplate detection is being built.
 */
public final class ArticleExtractor {

    /**
     * @param html    the page or fragment; never null
     * @param baseUrl the page URL for resolving links, or null
     * @return the extracted article; paragraphs empty when the page has no text
     */
    public ExtractedArticle extract(String html, String baseUrl) {
        Objects.requireNonNull(html, "html");
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        int scripts = doc.select("script, style, noscript, template").remove().size();
        List<String> paragraphs = new ArrayList<>();
        for (Element block : doc.body().select("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre")) {
            if (block.parents().stream().anyMatch(p -> p.is("p, li, blockquote, pre"))) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            String text = doc.body().text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return new ExtractedArticle(doc.title().strip(), paragraphs, scripts == 0 ? Map.of() : Map.of("script", scripts));
    }
}
