package io.wirestream.enrichment.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ArticleExtractorPropertyTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private static final List<String> FRAGMENTS = List.of(
            "<p>",
            "</p>",
            "<div class='related'>",
            "<div>",
            "</div>",
            "<a href='/x'>",
            "</a>",
            "<br>",
            "<br><br>",
            "<nav>",
            "</nav>",
            "<script>",
            "</script>",
            "<h1>",
            "</h1>",
            "<table><tr><td>",
            "</td></tr></table>",
            "<li>",
            "<p hidden>",
            "<figcaption>",
            "&amp;",
            "&",
            "<",
            ">",
            "The mayor said on Monday that the budget passed. ",
            "اقرأ أيضاً ",
            "Read also ",
            "© 2026 ",
            "Share ",
            "北京市政府周一宣布。",
            "Москва, 3 марта. ",
            "\u0000",
            "\u0007",
            "\u00a0",
            "\u200b",
            "\n",
            "\t",
            " ");

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> fragments =
                Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(l -> String.join("", l));
        return Arbitraries.oneOf(
                fragments, fragments, Arbitraries.strings().all().ofMaxLength(200));
    }

    @Property(tries = 1000)
    void shouldReturnTrimmedVisibleParagraphsWhenPageIsArbitrary(@ForAll("pages") String html) {
        ExtractedArticle article = EXTRACTOR.extract(html, null);

        assertThat(article.paragraphs()).allSatisfy(p -> {
            assertThat(p).isNotBlank().isEqualTo(p.strip());
            assertThat(p.chars()).noneMatch(c -> Character.getType(c) == Character.CONTROL);
        });
        assertThat(article.removed().values()).allMatch(n -> n > 0);
    }

    @Property(tries = 300)
    void shouldGiveSameResultWhenExtractingTwice(@ForAll("pages") String html) {
        assertThat(EXTRACTOR.extract(html, null)).isEqualTo(EXTRACTOR.extract(html, null));
    }
}
