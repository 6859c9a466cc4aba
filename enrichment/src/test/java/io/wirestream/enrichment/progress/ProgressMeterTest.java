package io.wirestream.enrichment.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(5 * SECOND);
    private final List<String> lines = new ArrayList<>();

    private ProgressMeter meter(long totalWork) {
        return new ProgressMeter("Publishing", "articles", totalWork, Duration.ofSeconds(10), now::get, lines::add);
    }

    @Test
    void shouldReportRateShareAndEtaWhenTheIntervalHasPassed() {
        ProgressMeter meter = meter(1_000);
        meter.advance(100, 100);
        assertThat(lines).isEmpty();

        now.addAndGet(10 * SECOND);
        meter.advance(100, 150);

        // 200 articles in 10 s; 250 of 1,000 bytes in 10 s leaves 30 s
        assertThat(lines).containsExactly("Publishing: 200 articles, 20 articles/s, 25% done, ETA 0:30");
    }

    @Test
    void shouldReportAtMostOncePerInterval() {
        ProgressMeter meter = meter(0);
        for (int i = 0; i < 50; i++) {
            now.addAndGet(SECOND);
            meter.advance();
        }
        assertThat(lines).hasSize(5);
        assertThat(meter.items()).isEqualTo(50);
    }

    @Test
    void shouldLeaveOutShareAndEtaWhenTheTotalIsUnknown() {
        ProgressMeter meter = meter(0).withDetail(() -> "rejected 2");
        now.addAndGet(4 * SECOND);
        meter.advance(18, 4_000);

        assertThat(meter.line()).isEqualTo("Publishing: 18 articles, 4.5 articles/s (rejected 2)");
    }

    @Test
    void shouldSayHowLongTheWholeRunTookWhenFinished() {
        ProgressMeter meter = meter(0);
        now.addAndGet(3_725 * SECOND);
        meter.advance(7_450_000, 0);
        meter.finish();

        assertThat(lines).last().isEqualTo("Publishing: 7,450,000 articles in 1:02:05, 2,000 articles/s");
    }

    @Test
    void shouldCapTheShareDoneAtTheTotal() {
        ProgressMeter meter = meter(100);
        now.addAndGet(20 * SECOND);
        meter.advance(1, 250);

        assertThat(lines).containsExactly("Publishing: 1 articles, 0.1 articles/s, 100% done, ETA 0:00");
    }

    @Test
    void shouldRejectANegativeTotal() {
        assertThatThrownBy(() -> meter(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("totalWork");
    }
}
