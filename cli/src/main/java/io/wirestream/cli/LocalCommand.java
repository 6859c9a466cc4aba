package io.wirestream.cli;

import io.wirestream.config.KafkaConnection;
import io.wirestream.local.LocalRuntime;
import io.wirestream.streams.TopicSetup;
import io.wirestream.streams.Topics;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Keeps a local broker and registry running for other processes. */
@Command(
        name = "local",
        mixinStandardHelpOptions = true,
        description = "Run a local Kafka broker (KRaft) and schema registry until Ctrl-C, and print their addresses.")
final class LocalCommand implements Callable<Integer> {

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Where the broker keeps its data (default: .wirestream/local).")
    Path dataDir = Path.of(".wirestream", "local");

    @Option(
            names = "--registry-port",
            paramLabel = "PORT",
            description = "Schema registry port (default 8081; 0 = any free port).")
    int registryPort = 8081;

    @Option(
            names = "--partitions",
            paramLabel = "N",
            description = "Partitions of the pipeline topics created at start (default 3).")
    int partitions = 3;

    @Override
    public Integer call() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        LocalRuntime runtime = LocalRuntime.start(dataDir, registryPort);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            runtime.close();
                            stop.countDown();
                        },
                        "wirestream-local-shutdown"));
        try {
            KafkaConnection connection = new KafkaConnection(
                    runtime.bootstrapServers(),
                    Map.of(),
                    Map.of(KafkaConnection.SCHEMA_REGISTRY_URL, runtime.schemaRegistryUrl()));
            TopicSetup.ensure(connection, Topics.defaults(), partitions, (short) -1);
            System.out.println("bootstrap.servers=" + runtime.bootstrapServers());
            System.out.println("schema.registry.url=" + runtime.schemaRegistryUrl());
            System.out.println("topics=" + String.join(",", Topics.defaults().all()));
            System.out.println("data.dir=" + runtime.broker().dataDir().toAbsolutePath());
            System.out.println("# e.g. ./wirestream produce -b " + runtime.bootstrapServers() + " -r "
                    + runtime.schemaRegistryUrl() + " samples/articles.jsonl");
            System.out.flush();
            System.err.println("Running; Ctrl-C stops the broker and the registry.");
            stop.await();
        } finally {
            runtime.close();
        }
        return 0;
    }
}
