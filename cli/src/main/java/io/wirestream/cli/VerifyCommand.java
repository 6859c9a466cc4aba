package io.wirestream.cli;

import io.wirestream.streams.config.ProcessorSettings;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Reconciles the raw topic with the enriched, dead-letter and duplicates topics. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Check that every raw record ended in exactly one of enriched, dead-letter and duplicates "
                + "(read_committed) and print the counts; exit 1 when something is unaccounted or doubled.")
final class VerifyCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--show", paramLabel = "N", description = "List at most N problems of each kind (default 20).")
    int show = 20;

    @Override
    public Integer call() throws Exception {
        ProcessorSettings settings = ProcessorSettings.from(connection.settings(Map.of()));
        Audit.Report report = new Audit(settings.connection(), settings.topics()).run();
        System.out.println(report.describe());
        report.missing().stream().limit(show).forEach(m -> System.out.println("unaccounted: " + m));
        report.repeated().stream().limit(show).forEach(m -> System.out.println("in more than one place: " + m));
        report.repeatedIds().stream().limit(show).forEach(m -> System.out.println("enriched more than once: " + m));
        return report.balanced() ? 0 : 1;
    }
}
