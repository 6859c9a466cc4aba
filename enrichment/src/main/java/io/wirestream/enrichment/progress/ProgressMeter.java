package io.wirestream.enrichment.progress;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Progress of a long command, reported at most once per interval: items done, their rate and, when the
 * total amount of work is known (bytes of input, sentences, passes), the share done and an estimated time
 * left. Long commands (publishing, offline enrichment, training, benchmarks) all report the same way:
 *
 * <pre>
 * Publishing: 12,400 articles, 413 articles/s, 38% done, ETA 0:51 (sent 12,398, rejected 2)
 * </pre>
 *
 * <p>Work and items are counted separately because the share done is best measured in what is known up
 * front (bytes of the input files), while the rate users plan with is in items (articles). Not thread-safe:
 * one thread advances a meter.
 */
public final class ProgressMeter {

    private final String label;
    private final String unit;
    private final long totalWork;
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final Consumer<String> sink;
    private final long startNanos;
    private Supplier<String> detail = () -> "";
    private long lastReport;
    private long items;
    private long work;

    /** As {@link #start(String, String, long, Duration, Consumer)} on a given clock (nanoseconds), for tests. */
    ProgressMeter(
            String label,
            String unit,
            long totalWork,
            Duration interval,
            LongSupplier nanoClock,
            Consumer<String> sink) {
        this.label = Objects.requireNonNull(label, "label");
        this.unit = Objects.requireNonNull(unit, "unit");
        if (totalWork < 0) {
            throw new IllegalArgumentException("totalWork must be 0 (unknown) or positive, was " + totalWork);
        }
        this.totalWork = totalWork;
        this.intervalNanos = Objects.requireNonNull(interval, "interval").toNanos();
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.startNanos = nanoClock.getAsLong();
        this.lastReport = startNanos;
    }

    /**
     * A meter on the system's monotonic clock.
     *
     * @param label what is running ("Publishing", "Training ar")
     * @param unit plural name of the items counted ("articles", "sentences")
     * @param totalWork the whole amount of work in the unit {@link #advance(long, long)} counts it, or 0 when
     *     unknown (then no share done and no ETA is reported)
     * @param interval least time between two reports
     * @param sink where report lines go (a logger, standard error)
     */
    public static ProgressMeter start(
            String label, String unit, long totalWork, Duration interval, Consumer<String> sink) {
        return new ProgressMeter(label, unit, totalWork, interval, System::nanoTime, sink);
    }

    /** Adds text in parentheses at the end of every report (counts of the command's own), evaluated per report. */
    public ProgressMeter withDetail(Supplier<String> detail) {
        this.detail = Objects.requireNonNull(detail, "detail");
        return this;
    }

    /** Counts {@code items} more items and {@code work} more work, and reports if the interval has passed. */
    public void advance(long items, long work) {
        this.items += items;
        this.work += work;
        long now = nanoClock.getAsLong();
        if (now - lastReport >= intervalNanos) {
            lastReport = now;
            sink.accept(line(now));
        }
    }

    /** Counts one more item with no work of its own. */
    public void advance() {
        advance(1, 0);
    }

    /** Items counted so far. */
    public long items() {
        return items;
    }

    /** Reports the final line ({@code done in M:SS}) whatever the interval. */
    public void finish() {
        long now = nanoClock.getAsLong();
        sink.accept(String.format(
                Locale.ROOT,
                "%s: %,d %s in %s, %s %s/s%s",
                label,
                items,
                unit,
                clock(seconds(now)),
                rate(seconds(now)),
                unit,
                detailSuffix()));
    }

    /** The report line as of now, without reporting it. */
    public String line() {
        return line(nanoClock.getAsLong());
    }

    private String line(long now) {
        double seconds = seconds(now);
        StringBuilder line = new StringBuilder(96);
        line.append(label)
                .append(": ")
                .append(String.format(Locale.ROOT, "%,d %s, %s %s/s", items, unit, rate(seconds), unit));
        if (totalWork > 0 && work > 0) {
            double fraction = Math.min(1.0, work / (double) totalWork);
            long left = Math.round(seconds / fraction * (1 - fraction));
            line.append(String.format(Locale.ROOT, ", %.0f%% done, ETA %s", fraction * 100, clock(left)));
        }
        return line.append(detailSuffix()).toString();
    }

    /** The detail in parentheses after a space, or nothing when it is empty. */
    private String detailSuffix() {
        String extra = detail.get();
        return extra.isEmpty() ? "" : " (" + extra + ")";
    }

    private double seconds(long now) {
        return Math.max(1e-3, (now - startNanos) / 1e9);
    }

    private String rate(double seconds) {
        double rate = items / seconds;
        return rate >= 10 ? String.format(Locale.ROOT, "%,.0f", rate) : String.format(Locale.ROOT, "%.1f", rate);
    }

    private static String clock(double seconds) {
        return clock(Math.round(seconds));
    }

    private static String clock(long seconds) {
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        long secs = seconds % 60;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
                : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }
}
