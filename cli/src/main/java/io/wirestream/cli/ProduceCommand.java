package io.wirestream.cli;

import io.wirestream.producer.ArticlePublisher;
import io.wirestream.producer.ProducerSettings;
import io.wirestream.producer.PublishSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Publishes articles from files, directories or standard input to the raw topic. */
@Command(
        name = "produce",
        mixinStandardHelpOptions = true,
        description =
                "Publish articles (JSON Lines, JSON files, directories, or '-' for stdin) to the raw topic as RawArticle.")
final class ProduceCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(
            names = "--transactional-id",
            paramLabel = "ID",
            description = "Publish in transactions with a checkpoint per input, so a re-run with the same id resumes "
                    + "after the last committed line and nothing is published twice (producer.transactional.id).")
    String transactionalId;

    @Option(names = "--rate", paramLabel = "N", description = "Send at most N articles per second (producer.rate).")
    Double rate;

    @Parameters(
            arity = "1..*",
            paramLabel = "INPUT",
            description = "Files or directories; '-' reads JSON Lines from stdin.")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        Map<String, String> merged = new java.util.TreeMap<>(connection.settings(Map.of()));
        if (transactionalId != null) {
            merged.put("producer.transactional.id", transactionalId);
        }
        if (rate != null) {
            merged.put("producer.rate", rate.toString());
        }
        ProducerSettings settings = ProducerSettings.from(merged);
        PublishSummary summary;
        try (ArticlePublisher publisher = new ArticlePublisher(settings)) {
            if (inputs.equals(List.of("-"))) {
                summary = publisher.publishStream(System.in, Reports::printRejection);
            } else {
                summary = publisher.publishFiles(inputs.stream().map(Path::of).toList(), Reports::printRejection);
            }
        }
        System.err.println(summary.describe());
        summary.failures().forEach(f -> System.err.println("failed: " + f));
        return summary.succeeded() ? 0 : 2;
    }
}
