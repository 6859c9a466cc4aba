package io.wirestream.producer;

import io.wirestream.avro.RawArticle;
import io.wirestream.enrichment.validate.ArticleValidator;
import io.wirestream.serde.SpecificAvroSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes validated {@link RawArticle}s keyed by article id with an idempotent producer
 * ({@code acks=all}, {@code enable.idempotence=true}): within a run, retries never duplicate or
 * reorder records of a partition. Each send has a callback; a fatal error (authentication,
 * authorization, fencing, serialization) stops the run, a retriable one is retried by the client
 * until {@code delivery.timeout.ms} and then counted as failed. Not thread-safe: one run at a time.
 */
public final class ArticlePublisher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ArticlePublisher.class);

    private final ProducerSettings settings;
    private final KafkaProducer<String, RawArticle> producer;
    private final ArticleJson parser;

    public ArticlePublisher(ProducerSettings settings) {
        this(settings, serializer(settings));
    }

    public ArticlePublisher(ProducerSettings settings, Serializer<RawArticle> valueSerializer) {
        this.settings = settings;
        Map<String, Object> config = new TreeMap<>(settings.connection().clientConfig());
        config.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        config.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "wirestream-producer");
        this.producer = new KafkaProducer<>(config, new StringSerializer(), valueSerializer);
        this.parser = new ArticleJson(new ArticleValidator());
    }

    private static Serializer<RawArticle> serializer(ProducerSettings settings) {
        SpecificAvroSerializer<RawArticle> serializer = new SpecificAvroSerializer<>(RawArticle.class);
        serializer.configure(settings.connection().serdeConfigForClients(), false);
        return serializer;
    }

    /** Publishes every article in the given files or directories. */
    public PublishSummary publishFiles(List<Path> inputs, Consumer<Rejection> onReject) throws IOException {
        Run run = new Run(onReject);
        for (Path input : inputs) {
            for (Path file : ArticleSources.files(input)) {
                if (run.stopped()) {
                    break;
                }
                LOG.info("Reading {}", file);
                ArticleSources.read(file, run::accept);
            }
        }
        return run.finish();
    }

    /** Publishes every line of a JSON Lines stream (standard input). */
    public PublishSummary publishStream(InputStream in, Consumer<Rejection> onReject) throws IOException {
        Run run = new Run(onReject);
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
        private final AtomicLong sent = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private final AtomicReference<Exception> fatal = new AtomicReference<>();
        private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        private final List<Rejection> rejected = new ArrayList<>();
        private final long startNanos = System.nanoTime();
        private long read;
        private long lastProgress = System.nanoTime();

        Run(Consumer<Rejection> onReject) {
            this.onReject = onReject;
        }

        boolean stopped() {
            return fatal.get() != null;
        }

        void accept(SourceItem item) {
            if (stopped()) {
                return;
            }
            read++;
            ParsedArticle parsed = parser.parse(item);
            if (parsed instanceof ParsedArticle.Rejected rejectedItem) {
                rejected.add(rejectedItem.rejection());
                onReject.accept(rejectedItem.rejection());
            } else {
                send((ParsedArticle.Valid) parsed);
            }
            progress();
        }

        private void send(ParsedArticle.Valid valid) {
            RawArticle article = valid.article();
            ProducerRecord<String, RawArticle> record = new ProducerRecord<>(settings.topic(), article.getId(), article);
            Callback callback = (RecordMetadata metadata, Exception e) -> {
                if (e == null) {
                    sent.incrementAndGet();
                } else {
                    onFailure(valid.item(), article.getId(), e);
                }
            };
            try {
                producer.send(record, callback);
            } catch (SerializationException e) {
                onFailure(valid.item(), article.getId(), e);
                fatal.compareAndSet(null, e);
            } catch (KafkaException e) {
                onFailure(valid.item(), article.getId(), e);
                fatal.compareAndSet(null, e);
            }
        }

        private void onFailure(SourceItem item, String id, Exception e) {
            failed.incrementAndGet();
            String what = item.location() + " (id " + id + "): " + e.getClass().getSimpleName() + ": " + e.getMessage();
            if (failures.size() < 20) {
                failures.add(what);
            }
            if (isFatal(e)) {
                if (fatal.compareAndSet(null, e)) {
                    LOG.error("Fatal send error, stopping: {}", what);
                }
            } else {
                LOG.warn("Send failed after retries: {}", what);
            }
        }

        private void progress() {
            long now = System.nanoTime();
            if (now - lastProgress >= settings.progressInterval().toNanos()) {
                lastProgress = now;
                double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
                LOG.info("Progress: read {}, sent {}, rejected {}, failed {} ({} articles/s)", read, sent.get(), rejected.size(),
                        failed.get(), String.format(java.util.Locale.ROOT, "%.0f", read / seconds));
            }
        }

        PublishSummary finish() {
            producer.flush();
            Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
            PublishSummary summary = new PublishSummary(read, sent.get(), List.copyOf(rejected), failed.get(), List.copyOf(failures));
            LOG.info("Done in {} ms: {}", took.toMillis(), summary.describe());
            return summary;
        }
    }

    static boolean isFatal(Exception e) {
        if (e instanceof RetriableException) {
            return false;
        }
        return e instanceof AuthenticationException || e instanceof AuthorizationException
                || e instanceof ProducerFencedException || e instanceof OutOfOrderSequenceException
                || e instanceof SerializationException;
    }
}
