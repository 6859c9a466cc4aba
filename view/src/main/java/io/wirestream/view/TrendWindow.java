package io.wirestream.view;

import java.time.Duration;
import java.util.Locale;

/**
 * The trending windows: how far back a trending list looks, and the bucket size of the windowed
 * counts behind it. The topology counts mentions in tumbling buckets (hopping windows whose advance is
 * their size); a trending list sums the buckets of the span ending now, which makes a sliding window
 * with bucket precision, and the buckets themselves are the sparkline.
 */
public enum TrendWindow {
    /** The last hour in one-minute buckets. */
    HOUR(Duration.ofHours(1), Duration.ofMinutes(1), Duration.ofMinutes(5)),
    /** The last day in thirty-minute buckets. */
    DAY(Duration.ofDays(1), Duration.ofMinutes(30), Duration.ofHours(1));

    private final Duration span;
    private final Duration bucket;
    private final Duration grace;

    TrendWindow(Duration span, Duration bucket, Duration grace) {
        this.span = span;
        this.bucket = bucket;
        this.grace = grace;
    }

    /** How far back the list looks. */
    public Duration span() {
        return span;
    }

    /** Size of one counted bucket (one sparkline point). */
    public Duration bucket() {
        return bucket;
    }

    /** How late a record may arrive and still be counted in its bucket. */
    public Duration grace() {
        return grace;
    }

    /** How long buckets are kept: the span plus the grace, so late records land in a live bucket. */
    public Duration retention() {
        return span.plus(grace).plus(bucket);
    }

    /** Number of buckets in the span (sparkline points). */
    public int buckets() {
        return (int) (span.toMillis() / bucket.toMillis());
    }

    /** Name of the window store of mention counts, e.g. {@code mention-counts-hour}. */
    public String storeName() {
        return "mention-counts-" + key();
    }

    /** Lower-case name as used in URLs ({@code hour}, {@code day}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The window named in a URL; {@code HOUR} for null. */
    public static TrendWindow fromKey(String key) {
        if (key == null || key.isBlank()) {
            return HOUR;
        }
        for (TrendWindow window : values()) {
            if (window.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return window;
            }
        }
        throw new IllegalArgumentException("window must be hour or day, was '" + key + "'");
    }
}
