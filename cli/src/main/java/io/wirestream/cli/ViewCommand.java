package io.wirestream.cli;

import io.wirestream.view.NewsroomView;
import io.wirestream.view.ViewSettings;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Serves the newsroom view of a cluster until stopped. */
@Command(
        name = "view",
        mixinStandardHelpOptions = true,
        description = "Serve the newsroom view (latest articles, entities, trending, stats) of the enriched and "
                + "dead-letter topics on http://HOST:PORT/ until stopped with Ctrl-C or SIGTERM.")
final class ViewCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "HTTP port (default 8088, or view.port; 0 = any free port).")
    Integer port;

    @Option(
            names = "--host",
            paramLabel = "HOST",
            description = "Address to listen on (default 127.0.0.1, or view.host; 0.0.0.0 to serve other machines).")
    String host;

    @Option(
            names = "--advertised-host",
            paramLabel = "HOST",
            description =
                    "Name other view instances reach this one at (or view.advertised.host); set it on every instance "
                            + "to run several under one view.application.id, each with a fixed --port.")
    String advertisedHost;

    @Override
    public Integer call() throws Exception {
        Map<String, String> settings = new TreeMap<>(connection.settings(Map.of()));
        if (port != null) {
            settings.put("view.port", String.valueOf(port));
        }
        if (host != null) {
            settings.put("view.host", host);
        }
        if (advertisedHost != null) {
            settings.put("view.advertised.host", advertisedHost);
        }
        ViewSettings viewSettings = ViewSettings.from(settings);
        NewsroomView view = new NewsroomView(viewSettings);
        Runtime.getRuntime().addShutdownHook(new Thread(view::close, "wirestream-view-shutdown"));
        view.start();
        System.err.println("Newsroom view: " + view.url() + " (reading "
                + viewSettings.topics().enriched() + " and "
                + viewSettings.topics().deadLetter() + " on "
                + viewSettings.connection().bootstrapServers() + "; Ctrl-C to stop)");
        view.awaitStop();
        if (view.state() == org.apache.kafka.streams.KafkaStreams.State.ERROR) {
            System.err.println("The view stopped with an error; do the topics "
                    + viewSettings.topics().enriched() + " and "
                    + viewSettings.topics().deadLetter() + " exist? (see the log, WIRESTREAM_LOG_LEVEL=INFO)");
            return 1;
        }
        return 0;
    }
}
