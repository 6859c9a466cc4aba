package io.wirestream.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.clean.TextCleaner;
import io.wirestream.enrichment.clean.WorstCaseInputs;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CleaningWorstCaseTest {

    @Test
    void shouldPrintTimeAndAllocationWhenRunOnSelectedCases() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new CleaningWorstCase()).setOut(new PrintWriter(out));

        int code = cli.execute("--only", "sample,text-token-200000,html-nesting-10000", "--warmup", "0");

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("case", "ms", "alloc MB", "text-token-200000", "html-nesting-10000", "worst:");
    }

    @Test
    void shouldMeasureAllocationWhenCleaningACase() {
        CleaningWorstCase.Measurement m =
                CleaningWorstCase.measure(new TextCleaner(), WorstCaseInputs.named("text-token-200000"), 0);

        assertThat(m.inputChars()).isEqualTo(200_000);
        assertThat(m.outputChars()).isEqualTo(200_000);
        assertThat(m.allocatedBytes()).isPositive();
        assertThat(m.millis()).isPositive();
    }

    @Test
    void shouldStayUnderTheLimitWhenRepeatingTheSample() {
        long limit = 100_000;

        String body = CleaningWorstCase.atLimit("نص عربي قصير.", limit).get().body();

        assertThat(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo((int) limit)
                .isGreaterThan(90_000);
    }

    @Test
    void shouldFailWithUsageCodeWhenNoCaseMatches() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new CleaningWorstCase()).setErr(new PrintWriter(err));

        assertThat(cli.execute("--only", "no-such-case")).isEqualTo(2);
        assertThat(err.toString()).contains("no case matches");
    }
}
