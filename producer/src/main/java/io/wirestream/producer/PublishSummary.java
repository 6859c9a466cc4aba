package io.wirestream.producer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a producer run did.
 *
 * @param read      items read from the inputs (not counting those skipped on resume)
 * @param sent      articles acknowledged by the broker (acks=all; in transactional mode: committed)
 * @param rejected  items not sent because they were invalid, with line numbers
 * @param failed    articles the broker did not acknowledge (in transactional mode: in an aborted transaction)
 * @param failures  why sends failed (first few)
 * @param skipped   items skipped because an earlier run already committed them (transactional mode)
 */
public record PublishSummary(
        long read, long sent, List<Rejection> rejected, long failed, List<String> failures, long skipped) {

    /** Whether every valid article was acknowledged. */
    public boolean succeeded() {
        return failed == 0;
    }

    /** Rejections counted by reason code. */
    public Map<String, Long> rejectedByReason() {
        return rejected.stream().collect(Collectors.groupingBy(Rejection::reason, TreeMap::new, Collectors.counting()));
    }

    /** One-line summary, e.g. {@code read 12, sent 10, rejected 2 (MISSING_ID=1, INVALID_JSON=1), failed 0}. */
    public String describe() {
        String reasons = rejectedByReason().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        return "read " + read + ", sent " + sent + ", rejected " + rejected.size()
                + (reasons.isEmpty() ? "" : " (" + reasons + ")") + ", failed " + failed
                + (skipped > 0 ? ", skipped " + skipped + " already published" : "");
    }
}
