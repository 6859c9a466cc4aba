package io.wirestream.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.enrichment.html.ArticleExtractor;
import io.wirestream.enrichment.html.ExtractedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Runs {@link ArticleExtractor} over the article-extraction benchmark ({@code html/<id>.html.gz} and
 * {@code ground-truth.json}) and scores it with {@link ShingleScorer}.
 */
public final class ExtractionBenchmark {

    /** Where the data set lives relative to the working directory or to the repository root. */
    static final String DEFAULT_DATA = "../shared/data/extraction";

    private final Path dataDir;
    private final ShingleScorer scorer = new ShingleScorer();

    /** One page of the data set. */
    public record Page(String id, String url, String truth) {}

    /** A page's result. */
    public record PageResult(ShingleScorer.PageScore score, String url, String prediction) {}

    /** The whole run; {@code pages} in data-set order. */
    public record Result(ShingleScorer.Summary summary, List<PageResult> pages, double millisPerPage) {
        /** The {@code n} pages with the lowest page F1, worst first. */
        public List<PageResult> worst(int n) {
            return pages.stream()
                    .sorted(Comparator.comparingDouble(
                                    (PageResult p) -> p.score().f1())
                            .thenComparing(p -> p.score().id()))
                    .limit(n)
                    .toList();
        }

        /** Predictions in the ground truth's JSON shape, {@code {id: {articleBody, url}}}. */
        public Map<String, Map<String, String>> predictions() {
            Map<String, Map<String, String>> out = new LinkedHashMap<>();
            for (PageResult p : pages) {
                Map<String, String> entry = new LinkedHashMap<>();
                entry.put("articleBody", p.prediction());
                entry.put("url", p.url());
                out.put(p.score().id(), entry);
            }
            return out;
        }
    }

    public ExtractionBenchmark(Path dataDir) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    }

    /**
     * Finds the data directory: {@code requested} as given (relative to the working directory), else the
     * same relative path from the repository root (the nearest ancestor holding {@code mvnw}).
     *
     * @return the directory holding {@code ground-truth.json}, or null when none is found
     */
    public static Path locate(String requested) {
        Path asGiven = Path.of(requested).toAbsolutePath().normalize();
        if (isDataDir(asGiven)) {
            return asGiven;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                Path fromRoot = dir.resolve(requested).normalize();
                return isDataDir(fromRoot) ? fromRoot : null;
            }
        }
        return null;
    }

    private static boolean isDataDir(Path dir) {
        return Files.isRegularFile(dir.resolve("ground-truth.json")) && Files.isDirectory(dir.resolve("html"));
    }

    /** The pages listed in the ground truth, in file order. */
    public List<Page> pages() throws IOException {
        JsonNode root =
                new ObjectMapper().readTree(dataDir.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            pages.add(new Page(
                    e.getKey(),
                    e.getValue().path("url").asText(""),
                    e.getValue().path("articleBody").asText("")));
        }
        return pages;
    }

    /** The page's HTML, decoded as UTF-8 (every page of the data set declares it). */
    public String html(String id) {
        try (InputStream in =
                new GZIPInputStream(Files.newInputStream(dataDir.resolve("html").resolve(id + ".html.gz")))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read page " + id, e);
        }
    }

    /** Extracts and scores every page; the timing covers extraction only, not reading or scoring. */
    public Result run(ArticleExtractor extractor) throws IOException {
        List<Page> pages = pages();
        List<PageResult> results = new ArrayList<>();
        List<ShingleScorer.PageScore> scores = new ArrayList<>();
        int exact = 0;
        long nanos = 0;
        for (Page page : pages) {
            String html = html(page.id());
            long start = System.nanoTime();
            ExtractedArticle article = extractor.extract(html, page.url());
            nanos += System.nanoTime() - start;
            String prediction = article.text();
            ShingleScorer.PageScore score = scorer.page(page.id(), page.truth(), prediction);
            scores.add(score);
            results.add(new PageResult(score, page.url(), prediction));
            if (scorer.exactMatch(page.truth(), prediction)) {
                exact++;
            }
        }
        double msPerPage = pages.isEmpty() ? 0 : nanos / 1e6 / pages.size();
        return new Result(scorer.summarize(scores, exact), results, msPerPage);
    }
}
