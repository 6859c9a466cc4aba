package io.wirestream.enrichment.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Hostile and oversized pages finish in bounded time and memory. The bounds are generous (a slow CI
 * machine passes easily); what they catch is quadratic or exponential behaviour and stack overflows.
 */
class ArticleExtractorBoundsTest {

    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    private static final String STORY =
            "<p>The council approved the new budget on Monday, after a long debate about schools and roads.</p>";

    private static ExtractedArticle extract(String html) {
        return assertTimeoutPreemptively(BOUND, () -> EXTRACTOR.extract(html, null));
    }

    @Test
    void shouldFindStoryWhenNested10000Deep() {
        String html = "<html><body>" + "<div>".repeat(10_000) + STORY + "</div>".repeat(10_000);

        assertThat(extract(html).text()).contains("The council approved the new budget");
    }

    @Test
    void shouldFinishWhenEveryLevelOfDeepNestingHasText() {
        String html = "<body>" + "<div><span>x</span> ".repeat(10_000) + STORY;

        assertThat(extract(html).text()).contains("The council approved the new budget");
    }

    @Test
    void shouldFinishWhenInlineElementsNest30000Deep() {
        String html = "<p>" + "<span><b><i>".repeat(10_000) + "The council approved the budget on Monday.";

        assertThat(extract(html).text()).isEqualTo("The council approved the budget on Monday.");
    }

    @Test
    void shouldFinishWhenLinksNest10000Deep() {
        String html = "<p>" + "<a href='x'>".repeat(10_000) + "Link text." + "</a>".repeat(10_000) + "</p>" + STORY;

        assertThat(extract(html).text()).contains("The council approved the new budget");
    }

    @Test
    void shouldKeepEveryParagraphWhenPageHas200000Paragraphs() {
        String html = "<article>" + "<p>A short paragraph of text, with a comma.</p>".repeat(200_000) + "</article>";

        ExtractedArticle article = extract(html);

        assertThat(article.paragraphs()).hasSize(200_000);
    }

    @Test
    void shouldTreatBareAngleBracketsAsTextWhenThereAre100000() {
        String html = "<p>" + "<".repeat(100_000) + "</p>";

        assertThat(extract(html).text()).hasSize(100_000);
    }

    @Test
    void shouldKeepTokenWhenItIs200000CharactersLong() {
        String token = "a".repeat(200_000);

        assertThat(extract("<p>" + token + "</p>").text()).isEqualTo(token);
    }

    @Test
    void shouldDecodeOneLevelWhenEntitiesChain() {
        String html = "<p>" + "&amp;amp;".repeat(100_000) + "</p><p>&" + "amp;".repeat(100_000) + "</p>";

        ExtractedArticle article = extract(html);

        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.paragraphs().get(0)).startsWith("&amp;&amp;").hasSize(500_000);
    }

    @Test
    void shouldFinishWhenTablesNest3000Deep() {
        String html = "<table><tr><td>".repeat(3_000) + STORY;

        assertThat(extract(html).text()).contains("The council approved the new budget");
    }

    @Test
    void shouldFinishWhenStructuredDataIsHugeAndUnterminated() {
        String html = "<script type='application/ld+json'>{\"articleBody\": \"" + "\\u0041 \\\" x".repeat(50_000)
                + "</script>" + STORY;

        assertThat(extract(html).text()).contains("The council approved the new budget");
    }

    @Test
    void shouldFinishWhenClassAndStyleAttributesAreHuge() {
        String html = "<div class='" + "related-".repeat(50_000) + "' style='" + "display :".repeat(50_000) + "'>"
                + STORY + "</div>";

        assertThat(extract(html).paragraphs()).isNotNull();
    }
}
