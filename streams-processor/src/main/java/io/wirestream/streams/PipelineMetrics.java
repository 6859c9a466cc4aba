package io.wirestream.streams;

/**
 * What the topology reports about its work. Implementations must be thread-safe (every stream
 * thread calls them) and cheap; {@link #NONE} reports nothing (tests, tools).
 */
public interface PipelineMetrics {

    /** A record read from the raw topic. */
    void recordIn(String topic);

    /** A record written to an output topic; {@code outcome} is enriched, dead-letter or duplicate. */
    void recordOut(String topic, String outcome);

    /** Time one stage spent on one article. */
    void stage(String stage, long nanos);

    /** A dead letter, by failing stage and reason code. */
    void deadLetter(String stage, String reason);

    /** A duplicate, by how it matched ({@code id} or {@code content}); near-duplicates are {@code near}. */
    void duplicate(String matchedBy);

    /** An enriched article's language and the types of its entities. */
    void enriched(String language, Iterable<String> entityTypes);

    /** Reports nothing. */
    PipelineMetrics NONE = new PipelineMetrics() {
        @Override
        public void recordIn(String topic) {}

        @Override
        public void recordOut(String topic, String outcome) {}

        @Override
        public void stage(String stage, long nanos) {}

        @Override
        public void deadLetter(String stage, String reason) {}

        @Override
        public void duplicate(String matchedBy) {}

        @Override
        public void enriched(String language, Iterable<String> entityTypes) {}
    };
}
