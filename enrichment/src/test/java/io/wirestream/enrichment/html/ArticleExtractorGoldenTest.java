package io.wirestream.enrichment.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole hand-written pages under {@code src/test/resources/html/} and the exact text expected from each
 * ({@code <name>.txt}, paragraphs separated by blank lines). A change to a golden file says why in its commit.
 */
class ArticleExtractorGoldenTest {

    private static String resource(String name) {
        try (InputStream in = ArticleExtractorGoldenTest.class.getResourceAsStream("/html/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar-news"})
    void shouldExtractGoldenTextWhenPageIsFullOfFurniture(String name) {
        ExtractedArticle article = new ArticleExtractor().extract(resource(name + ".html"), "https://example.com/");

        assertThat(article.text()).isEqualTo(resource(name + ".txt").strip());
        assertThat(article.title()).isNotBlank();
    }
}
