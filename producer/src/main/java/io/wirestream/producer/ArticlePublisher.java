package io.wirestream.producer;

import io.wirestream.avro.RawArticle;
import io.wirestream.enrichment.progress.ProgressMeter;
import io.wirestream.enrichment.validate.ArticleValidator;
import io.wirestream.serde.SpecificAvroSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes validated {@link RawArticle}s keyed by article id ({@code acks=all}, idempotence on).
 *
 * <p>Guarantees. By default, within a run retries never duplicate or reorder records of a partition;
 * a re-run after a crash sends again what was in flight (at least once), and because keys are stable
 * (the article id, or one derived from the URL) the streams processor recognises the repeats as
 * duplicates. With {@code producer.transactional.id}, articles are sent in transactions that also
 * carry a checkpoint of the last input line: a crash aborts the open transaction, and a re-run skips
 * what was committed, so read_committed readers (the streams processor under exactly_once_v2) see
 * every line exactly once.
 *
 * <p>Every send has a callback; a fatal error (authentication, authorization, fencing,
 * serialization) stops the run, a retriable one is retried by the client until
 * {@code delivery.timeout.ms}. Not thread-safe: one run at a time.
 */
public final class ArticlePublisher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ArticlePublisher.class);

    /** Largest request the producer sends: the pipeline topics' {@code max.message.bytes}. */
    static final int MAX_REQUEST_BYTES = 8 * 1024 * 1024;
    /** How long the check that the topic exists waits for the cluster. */
    static final Duration TOPIC_CHECK_TIMEOUT = Duration.ofSeconds(30);

    private final ProducerSettings settings;
    private final KafkaProducer<String, byte[]> producer;
    private final Serializer<RawArticle> valueSerializer;
    private final ArticleJson parser;
    private final Checkpoints checkpoints;
    private boolean topicChecked;

    public ArticlePublisher(ProducerSettings settings) {
        this(settings, serializer(settings));
    }

    public ArticlePublisher(ProducerSettings settings, Serializer<RawArticle> valueSerializer) {
        this.settings = settings;
        this.valueSerializer = valueSerializer;
        Map<String, Object> config = new TreeMap<>(settings.connection().clientConfig());
        config.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        config.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Kafka before 4.5 (KAFKA-15591): with several requests in flight to a just-created partition, a
        // first request refused while the broker opens the partition can be overtaken by the next one;
        // its retries then fail with OutOfOrderSequenceException until the delivery timeout drops it. One
        // request in flight per connection keeps the order; batches (lz4, linger) keep the throughput.
        config.putIfAbsent(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "wirestream-producer");
        // the validator lets bodies up to 5 MB through; the pipeline's topics take 8 MiB records
        config.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_REQUEST_BYTES);
        if (settings.transactional()) {
            config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, settings.transactionalId());
        }
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        this.parser = new ArticleJson(new ArticleValidator());
        if (settings.transactional()) {
            // fences an earlier instance with this id and aborts its open transaction
            producer.initTransactions();
            this.checkpoints =
                    Checkpoints.load(settings.connection(), settings.checkpointTopic(), settings.transactionalId());
        } else {
            this.checkpoints = null;
        }
    }

    private static Serializer<RawArticle> serializer(ProducerSettings settings) {
        SpecificAvroSerializer<RawArticle> serializer = new SpecificAvroSerializer<>(RawArticle.class);
        serializer.configure(settings.connection().serdeConfigForClients(), false);
        return serializer;
    }

    /**
     * Fails fast, with a message saying what to do, when the topic does not exist: the producer itself
     * would wait {@code max.block.ms} (a minute) for it on every single record. A broker that does not
     * let us describe the topic (ACLs) is not an error here; the sends then tell.
     */
    private void requireTopic() {
        if (topicChecked) {
            return;
        }
        Map<String, Object> config = new TreeMap<>(settings.connection().clientConfig());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TOPIC_CHECK_TIMEOUT.toMillis());
        try (Admin admin = Admin.create(config)) {
            try {
                admin.describeTopics(List.of(settings.topic()))
                        .allTopicNames()
                        .get(TOPIC_CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
                if (!autoCreatesTopics(admin)) {
                    throw new IllegalStateException(
                            "topic '" + settings.topic() + "' does not exist on "
                                    + settings.connection().bootstrapServers()
                                    + "; create it first (`wirestream process --create-topics` "
                                    + "creates the pipeline's topics) or name another with topic.raw",
                            e.getCause());
                }
                LOG.info("Topic {} does not exist yet; the brokers create it on first use", settings.topic());
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuthenticationException) {
                throw new IllegalStateException(
                        "authentication to " + settings.connection().bootstrapServers() + " failed: "
                                + e.getCause().getMessage(),
                        e.getCause());
            }
            LOG.warn(
                    "Cannot check that topic {} exists ({}); sending anyway",
                    settings.topic(),
                    e.getCause().toString());
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "no answer from the Kafka cluster at "
                            + settings.connection().bootstrapServers() + " within " + TOPIC_CHECK_TIMEOUT.toSeconds()
                            + " s; is it running and reachable?",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking topic " + settings.topic(), e);
        }
        topicChecked = true;
    }

    /** Whether the brokers create a topic on first use ({@code auto.create.topics.enable} of one of them). */
    private static boolean autoCreatesTopics(Admin admin)
            throws ExecutionException, InterruptedException, TimeoutException {
        Node node = admin.describeCluster()
                .nodes()
                .get(TOPIC_CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .iterator()
                .next();
        ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, node.idString());
        Config config = admin.describeConfigs(List.of(broker))
                .all()
                .get(TOPIC_CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .get(broker);
        ConfigEntry entry = config.get("auto.create.topics.enable");
        return entry != null && Boolean.parseBoolean(entry.value());
    }

    /** Publishes every article in the given files or directories. */
    public PublishSummary publishFiles(List<Path> inputs, Consumer<Rejection> onReject) throws IOException {
        requireTopic();
        List<Path> files = new ArrayList<>();
        long totalBytes = 0;
        for (Path input : inputs) {
            for (Path file : ArticleSources.files(input)) {
                files.add(file);
                totalBytes += Files.size(file);
            }
        }
        Run run = new Run(onReject, totalBytes);
        for (Path file : files) {
            if (run.stopped()) {
                break;
            }
            LOG.info("Reading {}", file);
            String origin = file.toAbsolutePath().normalize().toString();
            ArticleSources.read(file, item -> run.accept(new SourceItem(origin, item.line(), item.json())));
        }
        return run.finish();
    }

    /** Publishes every line of a JSON Lines stream (standard input). */
    public PublishSummary publishStream(InputStream in, Consumer<Rejection> onReject) throws IOException {
        requireTopic();
        Run run = new Run(onReject, 0);
        ArticleSources.readLines(ArticleSources.STDIN, in, run::accept);
        return run.finish();
    }

    @Override
    public void close() {
        producer.close(settings.closeTimeout());
    }

    /** The state of one publishing run. */
    private final class Run {
        private final Consumer<Rejection> onReject;
        private final AtomicLong acked = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private final AtomicReference<Exception> fatal = new AtomicReference<>();
        private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        private final List<Rejection> rejected = new ArrayList<>();
        private final Map<String, Long> uncommittedLines = new LinkedHashMap<>();
        private final long startNanos = System.nanoTime();
        private final ProgressMeter progress;
        private long sent;
        private long read;
        private long skipped;
        private long inTransaction;
        private long transactionStart;
        private long nextSendNanos = System.nanoTime();

        Run(Consumer<Rejection> onReject, long totalBytes) {
            this.onReject = onReject;
            this.progress = ProgressMeter.start(
                            "Publishing", "articles", totalBytes, settings.progressInterval(), LOG::info)
                    .withDetail(() -> String.format(
                            Locale.ROOT,
                            "sent %,d, rejected %,d, failed %,d%s",
                            Math.max(sent, acked.get()),
                            rejected.size(),
                            failed.get(),
                            skipped > 0 ? String.format(Locale.ROOT, ", skipped %,d already published", skipped) : ""));
        }

        boolean stopped() {
            return fatal.get() != null;
        }

        void accept(SourceItem item) {
            if (stopped()) {
                return;
            }
            long itemBytes = item.json().getBytes(StandardCharsets.UTF_8).length + 1L;
            if (checkpoints != null && item.line() <= checkpoints.committedLine(item.origin())) {
                skipped++;
                progress.advance(0, itemBytes);
                return;
            }
            read++;
            ParsedArticle parsed = parser.parse(item);
            if (parsed instanceof ParsedArticle.Rejected rejectedItem) {
                rejected.add(rejectedItem.rejection());
                onReject.accept(rejectedItem.rejection());
            } else {
                throttle();
                send((ParsedArticle.Valid) parsed);
            }
            if (checkpoints != null) {
                uncommittedLines.put(item.origin(), item.line());
                if (inTransaction >= settings.transactionRecords()
                        || inTransaction > 0
                                && System.nanoTime() - transactionStart
                                        >= settings.transactionInterval().toNanos()) {
                    commit();
                }
            }
            progress.advance(1, itemBytes);
        }

        private void throttle() {
            if (settings.rate() <= 0) {
                return;
            }
            long now = System.nanoTime();
            if (nextSendNanos > now) {
                LockSupport.parkNanos(nextSendNanos - now);
            }
            nextSendNanos = Math.max(nextSendNanos, now) + (long) (1e9 / settings.rate());
        }

        private void send(ParsedArticle.Valid valid) {
            RawArticle article = valid.article();
            try {
                byte[] value = valueSerializer.serialize(settings.topic(), article);
                if (checkpoints != null && inTransaction == 0) {
                    producer.beginTransaction();
                    transactionStart = System.nanoTime();
                }
                Callback callback = (RecordMetadata metadata, Exception e) -> {
                    if (e == null) {
                        acked.incrementAndGet();
                    } else {
                        onFailure(valid.item(), article.getId(), e);
                    }
                };
                producer.send(new ProducerRecord<>(settings.topic(), article.getId(), value), callback);
                inTransaction++;
                if (checkpoints == null) {
                    sent = acked.get();
                }
            } catch (KafkaException e) {
                onFailure(valid.item(), article.getId(), e);
                fatal.compareAndSet(null, e);
            }
        }

        /** Commits the open transaction with a checkpoint of every input it covered. */
        private void commit() {
            if (checkpoints == null || stopped()) {
                return;
            }
            try {
                if (inTransaction == 0) {
                    producer.beginTransaction();
                }
                for (Map.Entry<String, Long> line : uncommittedLines.entrySet()) {
                    producer.send(checkpoints.record(line.getKey(), line.getValue()));
                }
                producer.commitTransaction();
                uncommittedLines.forEach(checkpoints::committed);
                uncommittedLines.clear();
                sent += inTransaction;
                inTransaction = 0;
            } catch (KafkaException e) {
                failed.addAndGet(inTransaction);
                failures.add("transaction of " + inTransaction + " articles not committed: " + e.getMessage());
                fatal.compareAndSet(null, e);
                try {
                    producer.abortTransaction();
                } catch (KafkaException abort) {
                    LOG.warn("Cannot abort the transaction after a failed commit: {}", abort.getMessage());
                }
            }
        }

        private void onFailure(SourceItem item, String id, Exception e) {
            failed.incrementAndGet();
            String what = item.location() + " (id " + id + "): " + e.getClass().getSimpleName() + ": " + e.getMessage();
            if (failures.size() < 20) {
                failures.add(what);
            }
            if (isFatal(e) || checkpoints != null) {
                if (fatal.compareAndSet(null, e)) {
                    LOG.error("Send failed, stopping: {}", what);
                }
            } else {
                LOG.warn("Send failed after retries: {}", what);
            }
        }

        PublishSummary finish() {
            if (checkpoints != null && (inTransaction > 0 || !uncommittedLines.isEmpty())) {
                commit();
            } else {
                producer.flush();
            }
            if (checkpoints == null) {
                sent = acked.get();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
            PublishSummary summary =
                    new PublishSummary(read, sent, List.copyOf(rejected), failed.get(), List.copyOf(failures), skipped);
            LOG.info("Done in {} ms: {}", took.toMillis(), summary.describe());
            return summary;
        }
    }

    static boolean isFatal(Exception e) {
        if (e instanceof RetriableException) {
            return false;
        }
        return e instanceof AuthenticationException
                || e instanceof AuthorizationException
                || e instanceof ProducerFencedException
                || e instanceof OutOfOrderSequenceException
                || e instanceof SerializationException;
    }
}
