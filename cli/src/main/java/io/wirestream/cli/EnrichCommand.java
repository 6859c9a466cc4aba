package io.wirestream.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.avro.RawArticle;
import io.wirestream.enrichment.Enricher;
import io.wirestream.enrichment.EnrichmentException;
import io.wirestream.enrichment.EnrichmentResult;
import io.wirestream.enrichment.progress.ProgressMeter;
import io.wirestream.enrichment.validate.ArticleValidator;
import io.wirestream.producer.ArticleJson;
import io.wirestream.producer.ArticleSources;
import io.wirestream.producer.ParsedArticle;
import io.wirestream.producer.SourceItem;
import io.wirestream.schemas.AvroJson;
import io.wirestream.streams.ArticleMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The enrichment chain offline, without Kafka: JSON articles in, enriched JSON out (the same shape as
 * {@code consume} prints), rejected lines to a dead-letter file with their line number, id, stage,
 * reason code and message.
 */
@Command(
        name = "enrich",
        mixinStandardHelpOptions = true,
        description = "Enrich articles offline (no Kafka): one JSON object per input line in, one per output line out.")
final class EnrichCommand implements Callable<Integer> {

    private static final Set<String> PARSE_REASONS =
            Set.of(ArticleJson.INVALID_JSON, ArticleJson.NOT_AN_OBJECT, ArticleJson.INVALID_FIELD);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Option(
            names = {"-i", "--input"},
            required = true,
            paramLabel = "FILE",
            description = "JSON Lines file, JSON file or directory of them; '-' for standard input.")
    String input;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "FILE",
            description = "Where enriched articles go, one JSON object per line; '-' for standard output.")
    String output;

    @Option(
            names = {"-d", "--dead-letter"},
            paramLabel = "FILE",
            description =
                    "Where rejected lines go (line, id, stage, reason, message). Without it, rejections are errors.")
    Path deadLetter;

    @Option(
            names = "--progress-interval",
            paramLabel = "DURATION",
            defaultValue = "PT10S",
            description = "Least time between two progress lines on standard error (ISO-8601, e.g. PT30S; default"
                    + " ${DEFAULT-VALUE}).")
    Duration progressInterval;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Articles enriched at once; 0 (the default) is one per core. The output keeps the input's"
                    + " order whatever N.",
            defaultValue = "0")
    int threads;

    /** What became of one input item: an enriched JSON line, or a dead-letter entry. */
    private record Outcome(SourceItem item, String enrichedJson, ObjectNode rejection) {}

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<Path> files = input.equals("-") ? List.of() : ArticleSources.files(Path.of(input));
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        Enricher enricher = Enricher.loadDefault();
        ArticleJson parser = new ArticleJson(new ArticleValidator());
        Map<String, Integer> reasons = new TreeMap<>();
        long[] counts = new long[2];
        PrintStream err = System.err;
        long totalBytes = 0;
        for (Path file : files) {
            totalBytes += Files.size(file);
        }
        ProgressMeter progress = ProgressMeter.start(
                        "Enriching", "articles", totalBytes, progressInterval, err::println)
                .withDetail(() -> "dead-lettered " + counts[1]);
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "enrich-worker");
            thread.setDaemon(true);
            return thread;
        });
        // Futures in input order; the reading thread writes the oldest as soon as it is done, and waits for it
        // when too many are pending, so memory stays bounded and the output keeps the input's order.
        Deque<Future<Outcome>> pending = new ArrayDeque<>();
        int maxPending = workers * 4;
        try (Writer out = open(output);
                Writer dead = deadLetter == null ? null : open(deadLetter.toString())) {
            Consumer<Outcome> write = outcome -> {
                progress.advance(1, outcome.item().json().getBytes(StandardCharsets.UTF_8).length + 1L);
                try {
                    if (outcome.rejection() == null) {
                        counts[0]++;
                        out.write(outcome.enrichedJson());
                        out.write('\n');
                        return;
                    }
                    ObjectNode rejection = outcome.rejection();
                    counts[1]++;
                    reasons.merge(rejection.get("reason").asText(), 1, Integer::sum);
                    if (dead != null) {
                        dead.write(MAPPER.writeValueAsString(rejection));
                        dead.write('\n');
                    } else {
                        err.println("rejected " + outcome.item().location() + ": "
                                + rejection.get("reason").asText() + " "
                                + rejection.get("message").asText());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            Consumer<SourceItem> handle = item -> {
                ParsedArticle parsed = parser.parse(item);
                pending.add(pool.submit(() -> process(item, parsed, enricher)));
                while (!pending.isEmpty()
                        && (pending.size() > maxPending || pending.peek().isDone())) {
                    write.accept(await(pending.poll()));
                }
            };
            if (input.equals("-")) {
                ArticleSources.readLines(ArticleSources.STDIN, System.in, handle);
            } else {
                for (Path file : files) {
                    ArticleSources.read(file, handle);
                }
            }
            while (!pending.isEmpty()) {
                write.accept(await(pending.poll()));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdownNow();
        }
        progress.finish();
        err.println(
                "enriched " + counts[0] + ", dead-lettered " + counts[1] + (reasons.isEmpty() ? "" : " " + reasons));
        return counts[1] > 0 && deadLetter == null ? 1 : 0;
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while enriching", e);
        } catch (ExecutionException e) {
            // process() turns every failure of an article into a dead letter; anything else is a bug
            throw new IllegalStateException("enrichment worker failed: " + e.getCause(), e.getCause());
        }
    }

    /** Enriches one parsed item: its JSON line, or its dead-letter entry when it was rejected. */
    private static Outcome process(SourceItem item, ParsedArticle parsed, Enricher enricher) {
        if (parsed instanceof ParsedArticle.Rejected rejected) {
            return new Outcome(
                    item,
                    null,
                    deadLetter(
                            item,
                            rejected.rejection().id(),
                            PARSE_REASONS.contains(rejected.rejection().reason()) ? "parse" : "validate",
                            rejected.rejection().reason(),
                            rejected.rejection().message(),
                            null));
        }
        RawArticle raw = ((ParsedArticle.Valid) parsed).article();
        try {
            EnrichmentResult result = enricher.enrich(ArticleMapper.toInput(raw));
            return new Outcome(
                    item,
                    AvroJson.toJson(ArticleMapper.toEnriched(
                            raw, result, Clock.systemUTC().instant())),
                    null);
        } catch (EnrichmentException e) {
            return new Outcome(
                    item,
                    null,
                    deadLetter(item, raw.getId(), e.stage(), e.code().name(), e.getMessage(), e));
        } catch (RuntimeException e) {
            return new Outcome(
                    item,
                    null,
                    deadLetter(
                            item,
                            raw.getId(),
                            "enrich",
                            "STAGE_FAILED",
                            e.getClass().getSimpleName() + ": " + e.getMessage(),
                            e));
        }
    }

    private static ObjectNode deadLetter(
            SourceItem item, String id, String stage, String reason, String message, Throwable e) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("origin", item.origin());
        node.put("line", item.line());
        node.put("id", id);
        node.put("stage", stage);
        node.put("reason", reason);
        node.put("message", message);
        node.put("exceptionClass", e == null ? null : e.getClass().getName());
        return node;
    }

    private static Writer open(String target) throws IOException {
        if (target.equals("-")) {
            return new BufferedWriter(new OutputStreamWriter(
                    new java.io.FilterOutputStream(System.out) {
                        @Override
                        public void close() throws IOException {
                            flush();
                        }
                    },
                    StandardCharsets.UTF_8));
        }
        Path path = Path.of(target);
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    }
}
