package io.wirestream.bench;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.RawArticle;
import io.wirestream.enrichment.ArticleInput;
import io.wirestream.enrichment.Enricher;
import io.wirestream.enrichment.EnrichmentException;
import io.wirestream.enrichment.EnrichmentResult;
import io.wirestream.enrichment.LanguageResult;
import io.wirestream.enrichment.clean.CleanedArticle;
import io.wirestream.registry.MockSchemaRegistry;
import io.wirestream.serde.SpecificAvroDeserializer;
import io.wirestream.serde.SpecificAvroSerializer;
import io.wirestream.streams.ArticleMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-thread cost of each enrichment stage on the benchmark corpus. One invocation runs the stage
 * over all {@value #ARTICLES} articles of the corpus, so a score is the mean time per article of
 * exactly the corpus mix (not of whichever articles an iteration happened to reach). Inputs of a stage
 * are the real outputs of the stages before it, computed once in setup.
 *
 * <p>Run with {@link RunStageBenchmarks} (prints the per-article and per-KB table), or with
 * {@code org.openjdk.jmh.Main} for JMH's own options.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g", "-Dfile.encoding=UTF-8"})
@OperationsPerInvocation(StageBenchmarks.ARTICLES)
public class StageBenchmarks {

    /** Articles of the stage corpus (seed {@link BenchmarkCorpus#DEFAULT_SEED}, the first of the end-to-end corpus). */
    public static final int ARTICLES = 300;

    /** The corpus and every stage's input, prepared once per fork. */
    @State(Scope.Benchmark)
    public static class Corpus {
        Enricher enricher;
        List<CorpusArticle> articles;
        ArticleInput[] inputs;
        CleanedArticle[] cleaned;
        LanguageResult[] languages;
        RawArticle[] raws;
        byte[][] rawBytes;
        EnrichedArticle[] enriched;
        SpecificAvroSerializer<EnrichedArticle> enrichedSerializer;
        SpecificAvroDeserializer<RawArticle> rawDeserializer;
        String scope;

        @Setup(Level.Trial)
        public void setUp() {
            enricher = Enricher.loadDefault();
            articles = load();
            int n = articles.size();
            inputs = new ArticleInput[n];
            cleaned = new CleanedArticle[n];
            languages = new LanguageResult[n];
            raws = new RawArticle[n];
            rawBytes = new byte[n][];
            List<EnrichedArticle> enrichedList = new ArrayList<>();
            scope = "bench-" + System.nanoTime();
            Map<String, String> config = Map.of("schema.registry.url", "mock://" + scope);
            SpecificAvroSerializer<RawArticle> rawSerializer = new SpecificAvroSerializer<>(RawArticle.class);
            rawSerializer.configure(config, false);
            enrichedSerializer = new SpecificAvroSerializer<>(EnrichedArticle.class);
            enrichedSerializer.configure(config, false);
            rawDeserializer = new SpecificAvroDeserializer<>(RawArticle.class);
            rawDeserializer.configure(config, false);
            for (int i = 0; i < n; i++) {
                CorpusArticle article = articles.get(i);
                inputs[i] = article.toInput();
                raws[i] = article.toRaw();
                rawBytes[i] = rawSerializer.serialize("articles.raw", raws[i]);
                try {
                    cleaned[i] = enricher.clean(inputs[i]);
                    languages[i] = enricher.detectLanguage(cleaned[i], inputs[i].languageHint());
                    EnrichmentResult result = new EnrichmentResult(
                            cleaned[i],
                            languages[i],
                            enricher.tagEntities(cleaned[i], languages[i]),
                            enricher.contentHash(cleaned[i]),
                            enricher.modelVersions());
                    enrichedList.add(ArticleMapper.toEnriched(raws[i], result, Instant.EPOCH, "articles.raw", 0, i));
                } catch (EnrichmentException e) {
                    throw new IllegalStateException(
                            "corpus article " + article.id() + " does not enrich: " + e.getMessage(), e);
                }
            }
            enriched = enrichedList.toArray(EnrichedArticle[]::new);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            MockSchemaRegistry.dropScope(scope);
        }
    }

    /** The stage corpus: the first {@value #ARTICLES} articles of the default corpus. */
    static List<CorpusArticle> load() {
        return BenchmarkCorpus.generate(
                CorpusMaterial.load(Locations.sharedData(), Locations.samples()),
                BenchmarkCorpus.DEFAULT_SEED,
                ARTICLES,
                "bench");
    }

    /** {@code parse-article}: Confluent wire format to {@code RawArticle}. */
    @Benchmark
    public void avroDeserializeRaw(Corpus corpus, Blackhole sink) {
        for (byte[] bytes : corpus.rawBytes) {
            sink.consume(corpus.rawDeserializer.deserialize("articles.raw", bytes));
        }
    }

    /** {@code validate-article}. */
    @Benchmark
    public void validate(Corpus corpus, Blackhole sink) {
        for (ArticleInput input : corpus.inputs) {
            sink.consume(corpus.enricher.validate(input));
        }
    }

    /** {@code clean-text}: HTML extraction or plain-text cleaning, furniture, dates, embeds. */
    @Benchmark
    public void cleanText(Corpus corpus, Blackhole sink) {
        for (ArticleInput input : corpus.inputs) {
            sink.consume(corpus.enricher.clean(input));
        }
    }

    /** {@code detect-language}: segments and the document language. */
    @Benchmark
    public void detectLanguage(Corpus corpus, Blackhole sink) {
        for (int i = 0; i < corpus.cleaned.length; i++) {
            sink.consume(corpus.enricher.detectLanguage(corpus.cleaned[i], corpus.inputs[i].languageHint()));
        }
    }

    /** {@code tag-entities}: statistical taggers, gazetteer and linking across the article. */
    @Benchmark
    public void tagEntities(Corpus corpus, Blackhole sink) {
        for (int i = 0; i < corpus.cleaned.length; i++) {
            sink.consume(corpus.enricher.tagEntities(corpus.cleaned[i], corpus.languages[i]));
        }
    }

    /** The content hash {@code build-enriched-article} computes (matching key and SHA-256). */
    @Benchmark
    public void contentHash(Corpus corpus, Blackhole sink) {
        for (CleanedArticle cleaned : corpus.cleaned) {
            sink.consume(corpus.enricher.contentHash(cleaned));
        }
    }

    /** {@code write-enriched-articles}: {@code EnrichedArticle} to Confluent wire format. */
    @Benchmark
    public void avroSerializeEnriched(Corpus corpus, Blackhole sink) {
        for (EnrichedArticle article : corpus.enriched) {
            sink.consume(corpus.enrichedSerializer.serialize("articles.enriched", article));
        }
    }

    /** Every step of the topology's work on one article, without Kafka: decode, enrich, map, encode. */
    @Benchmark
    public void fullChain(Corpus corpus, Blackhole sink) {
        for (byte[] bytes : corpus.rawBytes) {
            RawArticle raw = corpus.rawDeserializer.deserialize("articles.raw", bytes);
            EnrichmentResult result = corpus.enricher.enrich(ArticleMapper.toInput(raw));
            EnrichedArticle enriched = ArticleMapper.toEnriched(raw, result, Instant.EPOCH, "articles.raw", 0, 0);
            sink.consume(corpus.enrichedSerializer.serialize("articles.enriched", enriched));
        }
    }
}
