package io.wirestream.streams;

import java.time.Clock;
import java.util.Objects;

/**
 * What the topology needs besides its topics, serdes and enrichment chain.
 *
 * @param dedup   how duplicates are found
 * @param clock   stamps provenance, dead letters and duplicates
 * @param metrics where the topology reports its work
 */
public record TopologyOptions(DedupSettings dedup, Clock clock, PipelineMetrics metrics) {

    public TopologyOptions {
        Objects.requireNonNull(dedup, "dedup");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(metrics, "metrics");
    }

    /** Default dedup settings, the system clock, no metrics. */
    public static TopologyOptions defaults() {
        return new TopologyOptions(DedupSettings.defaults(), Clock.systemUTC(), PipelineMetrics.NONE);
    }

    public TopologyOptions withDedup(DedupSettings value) {
        return new TopologyOptions(value, clock, metrics);
    }

    public TopologyOptions withClock(Clock value) {
        return new TopologyOptions(dedup, value, metrics);
    }

    public TopologyOptions withMetrics(PipelineMetrics value) {
        return new TopologyOptions(dedup, clock, value);
    }
}
