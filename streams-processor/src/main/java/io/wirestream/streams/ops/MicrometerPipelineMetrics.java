package io.wirestream.streams.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wirestream.streams.PipelineMetrics;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Pipeline metrics in Micrometer, named for Prometheus:
 * {@code wirestream_records_in_total{topic}}, {@code wirestream_records_out_total{topic,outcome}},
 * {@code wirestream_stage_seconds{stage}} (histogram), {@code wirestream_dead_letters_total{stage,reason}},
 * {@code wirestream_duplicates_total{matched_by}}, {@code wirestream_articles_total{language}},
 * {@code wirestream_entities_total{type}}. Meters are looked up once per tag set and cached.
 */
public final class MicrometerPipelineMetrics implements PipelineMetrics {

    private final MeterRegistry registry;
    private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Timer> timers = new ConcurrentHashMap<>();

    public MicrometerPipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    private Counter counter(String name, String description, String... tags) {
        return counters.computeIfAbsent(
                name + String.join("\u0000", tags),
                k -> Counter.builder(name).description(description).tags(tags).register(registry));
    }

    @Override
    public void recordIn(String topic) {
        counter("wirestream.records.in", "Records read from the raw topic", "topic", topic)
                .increment();
    }

    @Override
    public void recordOut(String topic, String outcome) {
        counter("wirestream.records.out", "Records written to an output topic", "topic", topic, "outcome", outcome)
                .increment();
    }

    @Override
    public void stage(String stage, long nanos) {
        timers.computeIfAbsent(
                        stage,
                        s -> Timer.builder("wirestream.stage")
                                .description("Time per article in a pipeline stage")
                                .tag("stage", s)
                                .publishPercentileHistogram()
                                .minimumExpectedValue(Duration.ofNanos(10_000))
                                .maximumExpectedValue(Duration.ofSeconds(10))
                                .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void deadLetter(String stage, String reason) {
        counter(
                        "wirestream.dead.letters",
                        "Records dead-lettered, by stage and reason",
                        "stage",
                        stage,
                        "reason",
                        reason)
                .increment();
    }

    @Override
    public void duplicate(String matchedBy) {
        counter("wirestream.duplicates", "Duplicates and near-duplicates found", "matched_by", matchedBy)
                .increment();
    }

    @Override
    public void enriched(String language, Iterable<String> entityTypes) {
        counter("wirestream.articles", "Enriched articles by language", "language", language)
                .increment();
        for (String type : entityTypes) {
            counter("wirestream.entities", "Entity mentions by type", "type", type)
                    .increment();
        }
    }
}
