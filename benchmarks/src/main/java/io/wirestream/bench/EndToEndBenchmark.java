package io.wirestream.bench;

import io.wirestream.config.KafkaConnection;
import io.wirestream.enrichment.Enricher;
import io.wirestream.local.LocalKafkaBroker;
import io.wirestream.local.LocalRuntime;
import io.wirestream.producer.ArticlePublisher;
import io.wirestream.producer.ProducerSettings;
import io.wirestream.producer.PublishSummary;
import io.wirestream.streams.EnrichmentProcessor;
import io.wirestream.streams.EnrichmentTopology;
import io.wirestream.streams.StreamsLifecycle;
import io.wirestream.streams.TopicSetup;
import io.wirestream.streams.Topics;
import io.wirestream.streams.TopologySerdes;
import io.wirestream.streams.config.ProcessorSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The end-to-end harness: a real local broker and registry ({@link LocalRuntime}), the benchmark corpus
 * published by the producer, and for each configuration (topology x stream threads), on fresh topics
 * and a fresh application id:
 * <ol>
 *   <li><b>drain</b>: the whole corpus is pre-loaded into the raw topic, then the processor starts; the
 *       time from RUNNING to the last output record seen by a {@code read_committed} consumer gives the
 *       maximum sustained rate (articles/s, MB/s of article text) and the processor JVM's CPU per article;</li>
 *   <li><b>latency</b>: new articles of the same mix at a fixed offered load, half that configuration's
 *       drain rate, published by {@link ArticlePublisher} ({@code producer.rate}); produce-to-output latency
 *       is the consumer's receive time minus the record timestamp, which the producer stamps at send and
 *       Kafka Streams carries to the output record (HdrHistogram).</li>
 * </ol>
 * Before the configurations, unmeasured warm-up drains through the full topology run until the JIT compiler
 * settles ({@link #warmUp}); the table gives the broker's CPU per article and the JIT's compile time during each
 * drain, so a figure still paying for compilation shows as such.
 * The pass-through topology ({@link PassThroughTopology}) is the Kafka reference measured in the same run.
 * Prints one table; every figure is from this run on this machine, with the load average next to it.
 */
@Command(
        name = "end-to-end-benchmark",
        mixinStandardHelpOptions = true,
        description =
                "Throughput and latency of the enrichment topology against a pass-through topology on a local broker.")
public final class EndToEndBenchmark implements Callable<Integer> {

    @Option(
            names = "--articles",
            description = "Articles pre-loaded per configuration for the drain (default ${DEFAULT-VALUE}).")
    int articles = 2_000;

    @Option(
            names = "--latency-seconds",
            description = "Seconds of paced load per configuration; 0 skips latency (default ${DEFAULT-VALUE}).")
    int latencySeconds = 20;

    @Option(names = "--threads", split = ",", description = "num.stream.threads values (default ${DEFAULT-VALUE}).")
    List<Integer> threads = List.of(1, 2);

    @Option(names = "--topologies", split = ",", description = "pass-through and/or full (default ${DEFAULT-VALUE}).")
    List<String> topologies = List.of("pass-through", "full");

    @Option(names = "--partitions", description = "Partitions of every topic (default ${DEFAULT-VALUE}).")
    int partitions = 2;

    @Option(names = "--guarantee", description = "processing.guarantee (default ${DEFAULT-VALUE}).")
    String guarantee = "exactly_once_v2";

    @Option(
            names = "-s",
            description = "Extra processor setting key=value, e.g. -s kafka.commit.interval.ms=50 (repeatable).")
    Map<String, String> extra = new TreeMap<>();

    @Option(names = "--seed", description = "Corpus seed (default ${DEFAULT-VALUE}).")
    long seed = BenchmarkCorpus.DEFAULT_SEED;

    @Option(names = "--data", description = "Shared data directory (default: ../shared/data next to the repository).")
    Path data;

    @Option(
            names = "--samples",
            description = "The repository's samples/ directory (default: found from the working directory).")
    Path samples;

    @Option(
            names = "--warmup-articles",
            description = "Articles per round of the unmeasured full-topology warm-up before the runs; "
                    + "0 for none (default ${DEFAULT-VALUE}).")
    int warmupArticles = 500;

    @Option(
            names = "--warmup-max-rounds",
            description = "Warm-up rounds at most; rounds go on until the JIT compiler settles "
                    + "(default ${DEFAULT-VALUE}).")
    int warmupMaxRounds = 16;

    @Option(
            names = "--warmup-jit-share",
            description = "The warm-up ends after a round in which the JIT compiled for less than this share of the "
                    + "round's wall time (default ${DEFAULT-VALUE}).")
    double warmupJitShare = 0.25;

    @Option(
            names = "--broker-jvm-option",
            description = "A JVM option of the local broker, repeatable, e.g. --broker-jvm-option=-XX:+UseSerialGC; "
                    + "given, they replace the defaults (LocalKafkaBroker.DEFAULT_JVM_OPTIONS).")
    List<String> brokerJvmOptions;

    @Option(names = "--timeout-seconds", description = "Give up on a phase after this long (default ${DEFAULT-VALUE}).")
    int timeoutSeconds = 600;

    /** One configuration's figures. */
    public record Row(
            String topology,
            int threads,
            int articles,
            double drainSeconds,
            double articlesPerSecond,
            double megabytesPerSecond,
            double cpuMillisPerArticle,
            double brokerCpuMillisPerArticle,
            double jitSeconds,
            double offeredPerSecond,
            long latencyCount,
            double p50,
            double p95,
            double p99,
            double max,
            double hopP50,
            double hopP99,
            double loadAverage) {}

    public static void main(String[] args) {
        System.exit(new CommandLine(new EndToEndBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        System.err.println("Loading corpus material and models...");
        CorpusMaterial material = CorpusMaterial.load(
                data == null ? Locations.sharedData() : data, samples == null ? Locations.samples() : samples);
        Enricher enricher = topologies.contains("full") ? Enricher.loadDefault() : null;
        Path work = Files.createTempDirectory("wirestream-e2e-");
        List<Row> rows;
        LocalKafkaBroker.Builder broker = LocalKafkaBroker.builder().dataDir(work.resolve("broker"));
        if (brokerJvmOptions != null) {
            broker.jvmOptions(brokerJvmOptions);
        }
        try (LocalRuntime runtime = LocalRuntime.start(broker, 0)) {
            rows = run(runtime, material, enricher, work);
        } catch (Exception e) {
            System.err.println("Failed; broker log and data kept in " + work.resolve("broker"));
            throw e;
        }
        deleteTree(work);
        System.out.println(table(rows));
        return 0;
    }

    /** Runs every configuration on the given runtime; {@code enricher} may be null without the full topology. */
    public List<Row> run(LocalRuntime runtime, CorpusMaterial material, Enricher enricher, Path work) throws Exception {
        Path backlogFile = work.resolve("backlog.jsonl");
        long backlogBytes = BenchmarkCorpus.write(material, seed, articles, "bench", backlogFile);
        System.err.println("Backlog: "
                + BenchmarkCorpus.describe(BenchmarkCorpus.generate(material, seed, Math.min(articles, 300), "bench"))
                + " (first 300); " + articles + " articles, " + backlogBytes / 1_000_000 + " MB of text");
        if (enricher != null && warmupArticles > 0) {
            warmUp(runtime, material, enricher, work);
        }
        List<Row> rows = new ArrayList<>();
        int run = 0;
        for (String topology : topologies) {
            for (int threadCount : threads) {
                run++;
                Row row = runOne(
                        runtime,
                        material,
                        enricher,
                        work,
                        topology,
                        threadCount,
                        backlogFile,
                        articles,
                        backlogBytes,
                        "bench" + run + "-" + topology + "-t" + threadCount + ".",
                        latencySeconds > 0);
                rows.add(row);
                System.err.println(String.format(
                        Locale.ROOT,
                        "%s threads=%d: %.1f articles/s, p99 %.0f ms",
                        topology,
                        threadCount,
                        row.articlesPerSecond(),
                        row.p99()));
            }
        }
        return rows;
    }

    /**
     * Unmeasured drains through the full topology until the JIT compiler settles. The enrichment code is large
     * and its branches depend on the article's language and kind, so C2 compiles (and recompiles after
     * deoptimizations) for a long time: 25-40 s of CPU in all on this corpus, most of it in the first few thousand
     * articles. A measured drain that still shares the two cores with the compiler is not a sustained rate.
     */
    private void warmUp(LocalRuntime runtime, CorpusMaterial material, Enricher enricher, Path work) throws Exception {
        int warmThreads = threads.stream().mapToInt(Integer::intValue).max().orElse(1);
        for (int round = 1; round <= warmupMaxRounds; round++) {
            Path warmupFile = work.resolve("warmup" + round + ".jsonl");
            long warmupBytes = BenchmarkCorpus.write(material, seed + 1 + round, warmupArticles, "bench", warmupFile);
            long jit0 = jitMillis();
            long t0 = System.nanoTime();
            runOne(
                    runtime,
                    material,
                    enricher,
                    work,
                    "full",
                    warmThreads,
                    warmupFile,
                    warmupArticles,
                    warmupBytes,
                    "warmup" + round + "-full-t" + warmThreads + ".",
                    false);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double jitShare = (jitMillis() - jit0) / 1000.0 / seconds;
            System.err.println(String.format(
                    Locale.ROOT,
                    "Warm-up round %d: %d articles through the full topology in %.1f s, JIT compiling %.0f%% of it",
                    round,
                    warmupArticles,
                    seconds,
                    100 * jitShare));
            if (jitShare < warmupJitShare) {
                return;
            }
        }
        System.err.println("Warm-up: the JIT had not settled after " + warmupMaxRounds + " rounds");
    }

    /** Time the JIT compilers of this JVM have spent compiling so far, or 0 when the JVM does not say. */
    private static long jitMillis() {
        var compilation = ManagementFactory.getCompilationMXBean();
        return compilation != null && compilation.isCompilationTimeMonitoringSupported()
                ? compilation.getTotalCompilationTime()
                : 0;
    }

    private Row runOne(
            LocalRuntime runtime,
            CorpusMaterial material,
            Enricher enricher,
            Path work,
            String topology,
            int threadCount,
            Path backlogFile,
            int count,
            long backlogBytes,
            String prefix,
            boolean timeLatency)
            throws Exception {
        Topics topics = Topics.defaults().withPrefix(prefix);
        Map<String, String> settings = new TreeMap<>();
        settings.put("bootstrap.servers", runtime.bootstrapServers());
        settings.put("schema.registry.url", runtime.schemaRegistryUrl());
        settings.put("application.id", prefix + "app");
        settings.put("state.dir", work.resolve(prefix + "state").toString());
        settings.put("topic.raw", topics.raw());
        settings.put("topic.enriched", topics.enriched());
        settings.put("topic.dead-letter", topics.deadLetter());
        settings.put("topic.duplicates", topics.duplicates());
        settings.put("num.stream.threads", String.valueOf(threadCount));
        settings.put("processing.guarantee", guarantee);
        settings.put("producer.progress.interval.ms", "3600000");
        settings.putAll(extra);
        ProcessorSettings processorSettings = ProcessorSettings.from(settings);
        TopicSetup.ensure(processorSettings.connection(), topics, partitions, (short) -1);

        System.err.println("[" + prefix + "] pre-loading " + count + " articles");
        publish(settings, backlogFile, 0, count);

        try (OutputReader reader = new OutputReader(processorSettings.connection(), topics);
                Processor processor = Processor.start(topology, processorSettings, enricher)) {
            if (!processor.awaitRunning(Duration.ofSeconds(timeoutSeconds))) {
                throw new IllegalStateException(prefix + " processor did not reach RUNNING");
            }
            long cpu0 = processCpuNanos();
            long brokerCpu0 = brokerCpuNanos(runtime);
            long jit0 = jitMillis();
            long t0 = System.nanoTime();
            Outputs drained = reader.awaitOutputs(count, "bench-", null, deadline());
            double drain = (drained.last() - t0) / 1e9;
            double cpuMillis = (processCpuNanos() - cpu0) / 1e6 / count;
            double brokerCpuMillis = (brokerCpuNanos(runtime) - brokerCpu0) / 1e6 / count;
            double jitSeconds = (jitMillis() - jit0) / 1000.0;
            // steady rate: what arrived after the first committed batch, over the time since that batch
            double rate = drained.last() > drained.first() && drained.firstBatch() < count
                    ? (count - drained.firstBatch()) / ((drained.last() - drained.first()) / 1e9)
                    : count / drain;
            double load = MachineInfo.loadAverage();

            Histogram latency = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
            Histogram hop = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
            double offered = 0;
            if (timeLatency) {
                if (topology.equals("full")) {
                    // the first hop alone: raw record to committed record on the content-dedup repartition topic
                    reader.watchHop(
                            processorSettings.applicationId() + "-" + EnrichmentTopology.CONTENT_REPARTITION
                                    + "-repartition",
                            hop);
                }
                offered = Math.max(1.0, Math.floor(rate / 2));
                int paced = (int) Math.max(10, Math.round(offered * latencySeconds));
                Path pacedFile = work.resolve(prefix + "paced.jsonl");
                BenchmarkCorpus.write(material, seed + 1, paced, "paced", pacedFile);
                System.err.println("[" + prefix + "] " + paced + " articles at " + offered + "/s");
                double pace = offered;
                CompletableFuture<Void> publishing =
                        CompletableFuture.runAsync(() -> publish(settings, pacedFile, pace, paced));
                reader.awaitOutputs(paced, "paced-", latency, deadline());
                publishing.join();
                load = Math.max(load, MachineInfo.loadAverage());
            }
            return new Row(
                    topology,
                    threadCount,
                    count,
                    drain,
                    rate,
                    backlogBytes / 1e6 / drain,
                    cpuMillis,
                    brokerCpuMillis,
                    jitSeconds,
                    offered,
                    latency.getTotalCount(),
                    ms(latency, 50),
                    ms(latency, 95),
                    ms(latency, 99),
                    latency.getTotalCount() == 0 ? Double.NaN : latency.getMaxValue() / 1000.0,
                    ms(hop, 50),
                    ms(hop, 99),
                    load);
        } finally {
            deleteTopics(processorSettings.connection(), topics);
        }
    }

    private long deadline() {
        return System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    }

    private static double ms(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    private static void publish(Map<String, String> settings, Path file, double rate, int expected) {
        Map<String, String> producer = new TreeMap<>(settings);
        producer.put("producer.rate", String.valueOf(rate));
        try (ArticlePublisher publisher = new ArticlePublisher(ProducerSettings.from(producer))) {
            List<String> rejected = new ArrayList<>();
            PublishSummary summary =
                    publisher.publishFiles(List.of(file), r -> rejected.add(r.reason() + " line " + r.line()));
            if (summary.sent() != expected || summary.failed() > 0) {
                throw new IllegalStateException("published " + summary.sent() + " of " + expected + " (failed "
                        + summary.failed() + ", rejected " + rejected + ")");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot publish " + file, e);
        }
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** CPU time of the broker's JVM so far (a child process of this one), or 0 when the OS does not say. */
    private static long brokerCpuNanos(LocalRuntime runtime) {
        return ProcessHandle.of(runtime.broker().pid())
                .flatMap(p -> p.info().totalCpuDuration())
                .map(Duration::toNanos)
                .orElse(0L);
    }

    /** The table of the run: throughput, ratio to pass-through with the same threads, latency, machine. */
    public static String table(List<Row> rows) {
        Map<Integer, Double> reference = new TreeMap<>();
        for (Row row : rows) {
            if (row.topology().equals("pass-through")) {
                reference.put(row.threads(), row.articlesPerSecond());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(
                "| topology | threads | articles | drain s | articles/s | MB/s | vs pass-through | processor CPU ms/article "
                        + "| broker CPU ms/article | JIT s | offered/s | p50 ms | p95 ms | p99 ms | max ms | first hop p50 / p99 ms | load avg |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        rows.stream()
                .sorted(Comparator.comparing(Row::topology).reversed().thenComparing(Row::threads))
                .forEach(row -> {
                    Double ref = reference.get(row.threads());
                    out.append(String.format(
                            Locale.ROOT,
                            "| %s | %d | %d | %.1f | %.1f | %.2f | %s | %.2f | %.2f | %.1f | %.0f | %.0f | %.0f | %.0f | %.0f | %s | %.2f |%n",
                            row.topology(),
                            row.threads(),
                            row.articles(),
                            row.drainSeconds(),
                            row.articlesPerSecond(),
                            row.megabytesPerSecond(),
                            ref == null
                                    ? "-"
                                    : String.format(Locale.ROOT, "%.1f%%", 100 * row.articlesPerSecond() / ref),
                            row.cpuMillisPerArticle(),
                            row.brokerCpuMillisPerArticle(),
                            row.jitSeconds(),
                            row.offeredPerSecond(),
                            row.p50(),
                            row.p95(),
                            row.p99(),
                            row.max(),
                            Double.isNaN(row.hopP50())
                                    ? "-"
                                    : String.format(Locale.ROOT, "%.0f / %.0f", row.hopP50(), row.hopP99()),
                            row.loadAverage()));
                });
        out.append(MachineInfo.describe()).append('\n');
        return out.toString();
    }

    private static void deleteTopics(KafkaConnection connection, Topics topics) {
        try (Admin admin = Admin.create(connection.clientConfig())) {
            admin.deleteTopics(topics.all()).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("cannot delete topics " + topics.all() + ": " + e.getMessage());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The processor under test: the enrichment processor as deployed, or the pass-through topology. */
    private interface Processor extends AutoCloseable {
        boolean awaitRunning(Duration timeout) throws InterruptedException;

        @Override
        void close();

        static Processor start(String topology, ProcessorSettings settings, Enricher enricher) {
            if (topology.equals("full")) {
                EnrichmentProcessor processor = new EnrichmentProcessor(settings, enricher);
                processor.start();
                return new Processor() {
                    @Override
                    public boolean awaitRunning(Duration timeout) throws InterruptedException {
                        return processor.awaitRunning(timeout);
                    }

                    @Override
                    public void close() {
                        processor.close();
                    }
                };
            }
            if (!topology.equals("pass-through")) {
                throw new IllegalArgumentException("unknown topology " + topology + " (pass-through or full)");
            }
            Map<String, Object> serdeConfig = settings.connection().serdeConfigForClients();
            KafkaStreams streams = new KafkaStreams(
                    PassThroughTopology.build(
                            settings.topics(), TopologySerdes.avro(serdeConfig).rawArticle(), serdeConfig),
                    settings.streamsConfig());
            StreamsLifecycle lifecycle = new StreamsLifecycle(streams, "pass-through");
            streams.start();
            return new Processor() {
                @Override
                public boolean awaitRunning(Duration timeout) throws InterruptedException {
                    return lifecycle.awaitRunning(timeout);
                }

                @Override
                public void close() {
                    streams.close(EnrichmentProcessor.CLOSE_TIMEOUT);
                }
            };
        }
    }

    /**
     * When outputs arrived ({@link System#nanoTime()}).
     *
     * @param first      when the first batch of matching records was received
     * @param firstBatch how many matching records that first poll returned
     * @param last       when the last one was received
     */
    private record Outputs(long first, int firstBatch, long last) {}

    /**
     * A read_committed consumer of the output topics that counts records by key prefix and times them; it can
     * also time the records of an internal topic as they arrive ({@link #watchHop}).
     */
    private static final class OutputReader implements AutoCloseable {
        private final KafkaConsumer<byte[], byte[]> consumer;
        private String hopTopic;
        private Histogram hopLatency;

        OutputReader(KafkaConnection connection, Topics topics) {
            Map<String, Object> config = new TreeMap<>(connection.clientConfig());
            config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, TopicSetup.MAX_MESSAGE_BYTES);
            config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
            this.consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(topics.enriched(), topics.deadLetter(), topics.duplicates())) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        /**
         * Polls until {@code expected} records whose key starts with {@code keyPrefix} arrived; records their
         * produce-to-receive latency in microseconds when {@code latency} is given.
         */
        /** From now on, also times every record committed to {@code topic} (any key) into {@code latency}. */
        void watchHop(String topic, Histogram latency) {
            List<TopicPartition> hop = new ArrayList<>();
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> hop.add(new TopicPartition(p.topic(), p.partition())));
            List<TopicPartition> all = new ArrayList<>(consumer.assignment());
            all.addAll(hop);
            consumer.assign(all);
            consumer.seekToEnd(hop);
            hop.forEach(consumer::position); // resolve the end offsets now, before new records arrive
            this.hopTopic = topic;
            this.hopLatency = latency;
        }

        Outputs awaitOutputs(int expected, String keyPrefix, Histogram latency, long deadline) {
            byte[] prefix = keyPrefix.getBytes(StandardCharsets.UTF_8);
            int seen = 0;
            int firstBatch = 0;
            long first = 0;
            long last = System.nanoTime();
            while (seen < expected) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timed out with " + seen + " of " + expected + " outputs");
                }
                var records = consumer.poll(Duration.ofMillis(20));
                long now = System.nanoTime();
                long wall = System.currentTimeMillis();
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    if (record.topic().equals(hopTopic)) {
                        hopLatency.recordValue(Math.max(0, wall - record.timestamp()) * 1000);
                        continue;
                    }
                    byte[] key = record.key();
                    if (key == null
                            || key.length < prefix.length
                            || !Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length)) {
                        continue;
                    }
                    seen++;
                    last = now;
                    if (first == 0 || first == now) {
                        first = now;
                        firstBatch++;
                    }
                    if (latency != null) {
                        latency.recordValue(Math.max(0, wall - record.timestamp()) * 1000);
                    }
                }
            }
            return new Outputs(first, firstBatch, last);
        }

        @Override
        public void close() {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }
}
