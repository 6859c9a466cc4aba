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
import picocli.CommandLine.Parameters;

/** Publishes articles from files, directories or standard input to the raw topic. */
@Command(name = "produce", mixinStandardHelpOptions = true,
        description = "Publish articles (JSON Lines, JSON files, directories, or '-' for stdin) to the raw topic as RawArticle.")
final class ProduceCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories; '-' reads JSON Lines from stdin.")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        ProducerSettings settings = ProducerSettings.from(connection.settings(Map.of()));
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
