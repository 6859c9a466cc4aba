package io.wirestream.cli;

import io.wirestream.local.LocalRuntime;
import io.wirestream.streams.Topics;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the integration tests that need the embedded default: one real broker (child JVM) and the
 * local registry per test class, and settings for a pipeline on topics of the test's own.
 */
abstract class LocalRuntimeTest {

    static LocalRuntime runtime;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void startRuntime() {
        runtime = LocalRuntime.start();
    }

    @AfterAll
    static void stopRuntime() {
        if (runtime != null) {
            runtime.close();
            runtime = null;
        }
    }

    /** Flat settings for a producer and processor on {@code topics} of the local runtime. */
    static Map<String, String> pipelineSettings(Topics topics, String applicationId) {
        Map<String, String> settings = new TreeMap<>();
        settings.put("bootstrap.servers", runtime.bootstrapServers());
        settings.put("schema.registry.url", runtime.schemaRegistryUrl());
        settings.put("application.id", applicationId);
        settings.put("state.dir", tmp.resolve("state-" + applicationId).toString());
        settings.put("topic.raw", topics.raw());
        settings.put("topic.enriched", topics.enriched());
        settings.put("topic.dead-letter", topics.deadLetter());
        settings.put("topic.duplicates", topics.duplicates());
        settings.put("kafka.commit.interval.ms", "100");
        return settings;
    }
}
