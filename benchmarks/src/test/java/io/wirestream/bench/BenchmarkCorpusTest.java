package io.wirestream.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wirestream.enrichment.validate.ArticleValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchmarkCorpusTest {

    private static CorpusMaterial material;

    @BeforeAll
    static void loadMaterial() {
        assumeTrue(Locations.hasSharedData(), "the corpus is built from ../shared/data, which is not here");
        material = CorpusMaterial.load(Locations.sharedData(), Locations.samples());
    }

    @Test
    void shouldWriteTheSameFileWhenRunTwiceWithTheSameSeed(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a.jsonl");
        Path b = tmp.resolve("b.jsonl");
        assertThat(new CommandLine(new BenchmarkCorpus()).execute("--count", "60", "--out", a.toString()))
                .isZero();
        assertThat(new CommandLine(new BenchmarkCorpus()).execute("--count", "60", "--out", b.toString()))
                .isZero();
        assertThat(Files.readAllLines(a, StandardCharsets.UTF_8))
                .hasSize(60)
                .isEqualTo(Files.readAllLines(b, StandardCharsets.UTF_8));
    }

    @Test
    void shouldMixPagesWireCopyAndNonLatinTextWithUniqueIdsWhenGenerating() {
        List<CorpusArticle> corpus = BenchmarkCorpus.generate(material, BenchmarkCorpus.DEFAULT_SEED, 400, "bench");
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        ArticleValidator validator = new ArticleValidator();
        for (CorpusArticle article : corpus) {
            ids.add(article.id());
            texts.add(article.body() != null ? article.body() : article.html());
            assertThat(validator.validate(article.toInput())).as(article.id()).isEmpty();
        }
        assertThat(ids).hasSize(400);
        assertThat(texts).as("no two articles share their text").hasSize(400);
        assertThat(corpus).extracting(CorpusArticle::kind).contains("html", "wire", "non-latin");
        assertThat(corpus).extracting(CorpusArticle::language).contains("en", "ar", "ru", "zh", "fa", "he", "es", "de");
    }

    @Test
    void shouldKeepEarlierArticlesWhenTheCorpusGrows() {
        List<CorpusArticle> small = BenchmarkCorpus.generate(material, 7, 20, "x");
        List<CorpusArticle> large = BenchmarkCorpus.generate(material, 7, 50, "x");
        assertThat(large.subList(0, 20)).isEqualTo(small);
        assertThat(BenchmarkCorpus.generate(material, 8, 20, "x")).isNotEqualTo(small);
    }
}
