package io.wirestream.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wirestream.enrichment.Enricher;
import io.wirestream.local.LocalRuntime;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The harness on a tiny corpus, so it cannot rot: both topologies drain, paced articles are timed, the table prints. */
class EndToEndBenchmarkIT {

    @Test
    void shouldDrainAndTimeEveryConfigurationWhenRunOnTheLocalBroker(@TempDir Path tmp) throws Exception {
        assumeTrue(Locations.hasSharedData(), "the corpus is built from ../shared/data, which is not here");
        EndToEndBenchmark benchmark = new EndToEndBenchmark();
        new CommandLine(benchmark)
                .parseArgs(
                        "--articles",
                        "24",
                        "--latency-seconds",
                        "2",
                        "--threads",
                        "1",
                        "--warmup-articles",
                        "0",
                        "--timeout-seconds",
                        "120");
        List<EndToEndBenchmark.Row> rows;
        try (LocalRuntime runtime = LocalRuntime.start()) {
            rows = benchmark.run(
                    runtime,
                    CorpusMaterial.load(Locations.sharedData(), Locations.samples()),
                    Enricher.loadDefault(),
                    tmp);
        }

        assertThat(rows).extracting(EndToEndBenchmark.Row::topology).containsExactly("pass-through", "full");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.articles()).isEqualTo(24);
            assertThat(row.articlesPerSecond()).isPositive();
            assertThat(row.latencyCount()).isGreaterThanOrEqualTo(10);
            assertThat(row.p99()).isGreaterThanOrEqualTo(row.p50());
        });
        assertThat(EndToEndBenchmark.table(rows))
                .contains("| pass-through | 1 | 24 |", "| full | 1 | 24 |", "Machine: ");
    }
}
