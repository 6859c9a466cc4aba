package io.wirestream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.wirestream.enrichment.entity.EntityMention;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EnricherBudgetTest {

    private static Enricher enricher;

    @BeforeAll
    static void load() {
        enricher = Enricher.loadDefault().withNlpCharBudget(5_000);
    }

    @Test
    void shouldTagOnlyThePrefixAndSayTruncatedWhenTextExceedsBudget() {
        String paragraph = "Ministers met in Geneva and then flew to Cairo for more talks about the river.";
        String text = String.join("\n\n", java.util.Collections.nCopies(500, paragraph));
        EnrichmentResult result = enricher.enrich(ArticleInput.ofText("long", "Talks", text));

        assertThat(enricher.isTruncatedForNlp(result.cleaned())).isTrue();
        assertThat(result.entities())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.end()).isLessThanOrEqualTo(5_000));
        List<io.wirestream.enrichment.lang.LanguageSegment> segments =
                result.language().segments();
        assertThat(segments.get(segments.size() - 1).end())
                .isEqualTo(result.cleaned().text().length());
        assertThat(result.language().document().language()).isEqualTo("en");
    }

    @Test
    void shouldFinishInBoundedTimeWhenTextIsHuge() {
        String huge = "Geneva Cairo talks. ".repeat(200_000);
        List<EntityMention> entities = assertTimeoutPreemptively(
                Duration.ofSeconds(30),
                () -> enricher.enrich(ArticleInput.ofText("huge", "", huge)).entities());

        assertThat(entities).allSatisfy(e -> assertThat(e.end()).isLessThanOrEqualTo(5_000));
    }

    @Test
    void shouldDetectTitleLanguageOnItsOwnWhenTitleAndBodyDiffer() {
        EnrichmentResult result = enricher.enrich(ArticleInput.ofText(
                "titled",
                "Israel and Azerbaijan sign an AI agreement",
                "وقّعت إسرائيل وأذربيجان، اليوم الثلاثاء، مذكرة تفاهم للتعاون في مجال الذكاء الاصطناعي."));

        assertThat(result.language().document().language()).isEqualTo("ar");
        assertThat(result.language().title().language()).isEqualTo("en");
    }

    @Test
    void shouldNotTruncateWhenTextFitsBudget() {
        EnrichmentResult result = enricher.enrich(ArticleInput.ofText("short", "Talks", "Ministers met in Geneva."));

        assertThat(enricher.isTruncatedForNlp(result.cleaned())).isFalse();
    }
}
