package io.wirestream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.enrichment.clean.CleanedArticle;
import io.wirestream.enrichment.clean.TextCleaner;
import io.wirestream.enrichment.entity.EntityTagger;
import io.wirestream.enrichment.langid.NgramLanguageDetector;
import io.wirestream.enrichment.validate.ArticleValidator;
import io.wirestream.enrichment.validate.ReasonCode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EnricherTest {

    private static final Enricher ENRICHER = Enricher.loadDefault();

    @Test
    void shouldRejectAtValidateWhenArticleHasNoText() {
        assertThatThrownBy(() -> ENRICHER.enrich(ArticleInput.ofText("id", "Title", null)))
                .isInstanceOfSatisfying(EnrichmentException.class, e -> {
                    assertThat(e.code()).isEqualTo(ReasonCode.NO_TEXT);
                    assertThat(e.stage()).isEqualTo("validate");
                });
    }

    @Test
    void shouldRejectAtCleanTextWhenNothingReadableIsLeft() {
        assertThatThrownBy(() -> ENRICHER.enrich(ArticleInput.ofText("id", "Title", "\u200B\u202A\u0000")))
                .isInstanceOfSatisfying(EnrichmentException.class, e -> {
                    assertThat(e.code()).isEqualTo(ReasonCode.EMPTY_TEXT_AFTER_CLEANING);
                    assertThat(e.stage()).isEqualTo("clean-text");
                });
    }

    @Test
    void shouldReportStageFailedWhenAStageThrows() {
        EntityTagger broken = (text, language) -> {
            throw new IllegalStateException("boom");
        };
        Enricher enricher = new Enricher(
                new ArticleValidator(), new TextCleaner(), NgramLanguageDetector.loadDefault(), broken, Map.of());

        assertThatThrownBy(() ->
                        enricher.enrich(ArticleInput.ofText("id", null, "Israel and Azerbaijan signed an agreement.")))
                .isInstanceOfSatisfying(EnrichmentException.class, e -> {
                    assertThat(e.code()).isEqualTo(ReasonCode.STAGE_FAILED);
                    assertThat(e.stage()).isEqualTo("tag-entities");
                    assertThat(e.getMessage()).contains("IllegalStateException");
                });
    }

    @Test
    void shouldHashEquallyWhenCopiesDifferOnlyInSpellingVariants() {
        CleanedArticle a = ENRICHER.clean(ArticleInput.ofText("a", "غزة", "وقّعت إسرائيل مذكرة"));
        CleanedArticle b = ENRICHER.clean(ArticleInput.ofText("b", "غزه", "وقعت اسرائيل   مذكرة\u200F"));
        CleanedArticle c = ENRICHER.clean(ArticleInput.ofText("c", "غزة", "وقعت إسرائيل اتفاقية"));

        assertThat(ENRICHER.contentHash(a)).isEqualTo(ENRICHER.contentHash(b)).isNotEqualTo(ENRICHER.contentHash(c));
    }

    @Test
    void shouldWeighTitleIntoDocumentLanguageWhenBodyIsShort() {
        CleanedArticle cleaned = ENRICHER.clean(ArticleInput.ofText(
                "id",
                "Israel and Azerbaijan sign a memorandum of understanding on artificial intelligence in Jerusalem",
                "Netanyahu."));

        LanguageResult language = ENRICHER.detectLanguage(cleaned, null);

        assertThat(language.document().language()).isEqualTo("en");
        assertThat(language.segments())
                .allSatisfy(s ->
                        assertThat(s.end()).isLessThanOrEqualTo(cleaned.text().length()));
    }

    @Test
    void shouldNameEveryStageWhenReportingModelVersions() {
        assertThat(ENRICHER.modelVersions()).containsOnlyKeys("clean-text", "detect-language", "tag-entities");
        assertThat(ENRICHER.modelVersions().get("detect-language")).startsWith("ngram-langid-1/");
        assertThat(ENRICHER.modelVersions().get("tag-entities")).contains("ner@", "gazetteer@", "kb@");
    }

    @Test
    void shouldGiveSameResultsWhenCalledFromManyThreads() throws Exception {
        List<ArticleInput> inputs = IntStream.range(0, 64)
                .mapToObj(i -> ArticleInput.ofText(
                        "id-" + i,
                        null,
                        i % 2 == 0
                                ? "وقّعت إسرائيل وأذربيجان مذكرة تفاهم بالقدس اليوم الثلاثاء في مجال الذكاء الاصطناعي"
                                : "Israel and Azerbaijan signed a memorandum of understanding in Jerusalem on Tuesday"))
                .toList();
        List<EnrichmentResult> expected = inputs.stream().map(ENRICHER::enrich).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<EnrichmentResult>> tasks = inputs.stream()
                    .map(in -> (Callable<EnrichmentResult>) () -> ENRICHER.enrich(in))
                    .toList();
            List<Future<EnrichmentResult>> futures = pool.invokeAll(tasks);
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
