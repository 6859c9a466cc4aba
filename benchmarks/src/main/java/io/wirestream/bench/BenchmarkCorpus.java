package io.wirestream.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes the benchmark corpus: a JSON Lines file of articles in the producer's input shape, built only
 * from material in the repository and the shared public data, with a fixed seed.
 *
 * <p>The mix, per article: 25% full HTML pages (the 181 pages of the extraction benchmark, each copy
 * with a paragraph of its own so no two articles are identical), 45% plain-text wire copy in nine
 * Latin-script languages (sentences of the public NER corpora, with datelines, "Read also" lines and
 * credits as agencies write them), 30% non-Latin text (Arabic, a third of it built on the sample
 * article with its leaked date, tweet and credit line; Russian, Persian, Chinese, Hebrew, Urdu).
 * Plain-text lengths follow a brief / story / long-read mix (about 0.3 to 12 KB); pages are 10 to
 * 800 KB of HTML as crawled.
 *
 * <p>Article {@code i} depends only on the seed and {@code i}: a corpus of N articles is the prefix
 * of any larger one with the same seed and prefix, and every article id is unique.
 */
@Command(
        name = "benchmark-corpus",
        mixinStandardHelpOptions = true,
        description = "Writes the deterministic benchmark corpus as JSON Lines.")
public final class BenchmarkCorpus implements Callable<Integer> {

    /** Default seed: the corpus in BENCHMARKS.md. */
    public static final long DEFAULT_SEED = 20_260_203L;

    private static final Instant EPOCH = Instant.parse("2026-02-03T06:00:00Z");
    private static final String[] LATIN = {
        "en", "en", "en", "en", "en", "en", "en", "en", "es", "es", "de", "de", "fr", "fr", "pt", "nl", "tr", "id",
        "az", "pt"
    };
    private static final String[] NON_LATIN = {
        "ar", "ar", "ar", "ar", "ar", "ar", "ar", "ru", "ru", "ru", "ru", "fa", "fa", "fa", "zh", "zh", "zh", "he",
        "he", "ur"
    };
    private static final Map<String, String[]> DATELINES = Map.of(
            "en", new String[] {"LONDON (Reuters) - ", "WASHINGTON (AP) - ", "NAIROBI, Feb 3 (Reuters) - ", ""},
            "es", new String[] {"MADRID, 3 feb (EFE) - ", "BOGOTÁ (AFP) - ", ""},
            "de", new String[] {"BERLIN (dpa) - ", "Wien (APA) - ", ""},
            "fr", new String[] {"PARIS (AFP) - ", "GENÈVE (ATS) - ", ""});
    private static final Map<String, String> READ_ALSO = Map.of(
            "en",
            "Read also: ",
            "es",
            "Lea también: ",
            "de",
            "Lesen Sie auch: ",
            "fr",
            "Lire aussi : ",
            "ar",
            "اقرأ أيضاً: ",
            "ru",
            "Читайте также: ");
    private static final Map<String, String> CREDITS = Map.of(
            "en", "(Reporting by Amina Yusuf; Editing by John Stonestreet)",
            "es", "(Información de Carlos Ruiz; editado por Ana Martínez)",
            "de", "(Reporter: Anna Schmidt; redigiert von Jan Müller)",
            "fr", "(Avec AFP)",
            "ar", "المصدر: الأناضول، العربي الجديد",
            "ru", "По материалам ТАСС");

    @Option(names = "--count", description = "Articles to write (default ${DEFAULT-VALUE}).")
    int count = 2_000;

    @Option(names = "--out", required = true, description = "JSON Lines file to write.")
    Path out;

    @Option(names = "--seed", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed = DEFAULT_SEED;

    @Option(names = "--id-prefix", description = "Prefix of article ids (default ${DEFAULT-VALUE}).")
    String idPrefix = "bench";

    @Option(names = "--data", description = "Shared data directory (default: ../shared/data next to the repository).")
    Path data;

    @Option(
            names = "--samples",
            description = "The repository's samples/ directory (default: found from the working directory).")
    Path samples;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchmarkCorpus()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        CorpusMaterial material = CorpusMaterial.load(
                data == null ? Locations.sharedData() : data, samples == null ? Locations.samples() : samples);
        List<CorpusArticle> articles = generate(material, seed, count, idPrefix);
        write(articles, out);
        System.out.println(describe(articles) + " -> " + out);
        return 0;
    }

    /** Writes the articles as JSON Lines. */
    public static void write(List<CorpusArticle> articles, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (CorpusArticle article : articles) {
                writer.write(article.toJson());
                writer.write('\n');
            }
        }
    }

    /**
     * Generates and writes a corpus one article at a time (large paced corpora do not fit in the heap as a list).
     *
     * @return bytes of article text written (body, HTML, title; UTF-8)
     */
    public static long write(CorpusMaterial material, long seed, int count, String idPrefix, Path file)
            throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        long bytes = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                CorpusArticle article =
                        article(material, new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i), i, idPrefix);
                bytes += article.textBytes();
                writer.write(article.toJson());
                writer.write('\n');
            }
        }
        return bytes;
    }

    /** One line: article count, size, and the mix by kind and language. */
    public static String describe(List<CorpusArticle> articles) {
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Integer> languages = new TreeMap<>();
        long bytes = 0;
        for (CorpusArticle article : articles) {
            kinds.merge(article.kind(), 1, Integer::sum);
            languages.merge(article.language(), 1, Integer::sum);
            bytes += article.textBytes();
        }
        return String.format(
                Locale.ROOT,
                "%d articles, %.1f MB of text (mean %.1f KB); kinds %s; languages %s",
                articles.size(),
                bytes / 1e6,
                articles.isEmpty() ? 0.0 : bytes / 1024.0 / articles.size(),
                kinds,
                languages);
    }

    /** The corpus: article {@code i} depends only on {@code seed} and {@code i}. */
    public static List<CorpusArticle> generate(CorpusMaterial material, long seed, int count, String idPrefix) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        List<CorpusArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(article(material, new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i), i, idPrefix));
        }
        return articles;
    }

    private static CorpusArticle article(CorpusMaterial material, SplittableRandom random, int index, String idPrefix) {
        String id = String.format(Locale.ROOT, "%s-%06d", idPrefix, index);
        Instant published = EPOCH.plus(Duration.ofMinutes(index));
        double kind = random.nextDouble();
        if (kind < 0.25) {
            return page(material, random, id, published);
        }
        String language = kind < 0.70 ? pick(random, LATIN) : pick(random, NON_LATIN);
        if (language.equals("ar") && random.nextInt(3) == 0) {
            return arabicSample(material, random, id, published);
        }
        return text(material, random, id, published, language, kind < 0.70 ? "wire" : "non-latin");
    }

    private static CorpusArticle page(CorpusMaterial material, SplittableRandom random, String id, Instant published) {
        CorpusMaterial.Page page =
                material.pages().get(random.nextInt(material.pages().size()));
        String html = page.html();
        String paragraph = "<p>" + escape(paragraph(material.sentencesOf("en"), random, 2, 4)) + "</p>\n";
        int body = indexOfIgnoreCase(html, "<body", 0);
        int at = indexOfIgnoreCase(html, "<p>", Math.max(body, 0));
        if (at < 0) {
            at = indexOfIgnoreCase(html, "<p ", Math.max(body, 0));
        }
        html = at < 0 ? html + paragraph : html.substring(0, at) + paragraph + html.substring(at);
        String host = host(page.url());
        return new CorpusArticle(
                "html",
                id,
                page.url() + (page.url().contains("?") ? "&" : "?") + "bench=" + id,
                host,
                null,
                null,
                html,
                "en",
                null,
                published);
    }

    private static CorpusArticle text(
            CorpusMaterial material,
            SplittableRandom random,
            String id,
            Instant published,
            String language,
            String kind) {
        List<String> sentences = material.sentencesOf(language);
        int total = storySentences(random);
        StringBuilder body = new StringBuilder();
        String[] datelines = DATELINES.get(language);
        if (datelines != null) {
            body.append(pick(random, datelines));
        }
        int written = 0;
        boolean readAlso = READ_ALSO.containsKey(language) && random.nextInt(10) < 3;
        while (written < total) {
            int n = Math.min(total - written, 1 + random.nextInt(4));
            if (written > 0) {
                body.append("\n\n");
            }
            body.append(paragraph(sentences, random, n, n));
            written += n;
            if (readAlso && written >= total / 2) {
                body.append("\n\n").append(READ_ALSO.get(language)).append(trimmedTitle(pick(random, sentences)));
                readAlso = false;
            }
        }
        if (CREDITS.containsKey(language) && random.nextInt(10) < 4) {
            body.append("\n\n").append(CREDITS.get(language));
        }
        String title = trimmedTitle(pick(random, sentences));
        return new CorpusArticle(
                kind,
                id,
                "https://wire.example.org/" + language + "/" + id,
                "wire.example.org",
                title,
                body.toString(),
                null,
                language,
                random.nextBoolean() ? language : null,
                published);
    }

    /** The sample Arabic article (leaked date, embedded English tweet, credit line) with paragraphs of its own. */
    private static CorpusArticle arabicSample(
            CorpusMaterial material, SplittableRandom random, String id, Instant published) {
        JsonNode sample = material.samples().get(0);
        String[] paragraphs = sample.get("body").asText().split("\n\n");
        List<String> sentences = material.sentencesOf("ar");
        StringBuilder body = new StringBuilder();
        int extra = 1 + random.nextInt(4);
        for (int i = 0; i < paragraphs.length; i++) {
            if (i > 0) {
                body.append("\n\n");
            }
            body.append(paragraphs[i]);
            if (i == 1) {
                for (int p = 0; p < extra; p++) {
                    body.append("\n\n").append(paragraph(sentences, random, 2, 4));
                }
            }
        }
        return new CorpusArticle(
                "non-latin",
                id,
                "https://www.alaraby.co.uk/bench/" + id,
                "alaraby.co.uk",
                sample.get("title").asText(),
                body.toString(),
                null,
                "ar",
                null,
                published);
    }

    /** Sentences in a story: a brief (25%), a story (55%) or a long read (20%). */
    private static int storySentences(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 25) {
            return 2 + random.nextInt(4);
        }
        if (roll < 80) {
            return 8 + random.nextInt(16);
        }
        return 30 + random.nextInt(60);
    }

    private static String paragraph(List<String> sentences, SplittableRandom random, int min, int max) {
        int n = min + (max > min ? random.nextInt(max - min + 1) : 0);
        int start = random.nextInt(sentences.size());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(sentences.get((start + i) % sentences.size()));
        }
        return text.toString();
    }

    private static String trimmedTitle(String sentence) {
        String title = sentence.length() > 110
                ? sentence.substring(0, sentence.lastIndexOf(' ', 110) > 40 ? sentence.lastIndexOf(' ', 110) : 110)
                : sentence;
        return title.endsWith(".") || title.endsWith("。") ? title.substring(0, title.length() - 1) : title;
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static int indexOfIgnoreCase(String text, String what, int from) {
        for (int i = Math.max(from, 0); i + what.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    private static String host(String url) {
        int start = url.indexOf("://");
        int from = start < 0 ? 0 : start + 3;
        int end = url.indexOf('/', from);
        return url.substring(from, end < 0 ? url.length() : end);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
