package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void shouldLetFlagsBeatEnvironmentBeatFileBeatDefaultsWhenLayersOverlap() throws Exception {
        Path file = dir.resolve("wirestream.properties");
        Files.writeString(
                file,
                "bootstrap.servers=file:9092\ntopic.raw=file.raw\ntopic.enriched=file.enriched\n",
                StandardCharsets.UTF_8);
        Map<String, String> env = Map.of(
                "WIRESTREAM_TOPIC_RAW",
                "env.raw",
                "WIRESTREAM_BOOTSTRAP_SERVERS",
                "env:9092",
                "WIRESTREAM_KAFKA_SECURITY_PROTOCOL",
                "SASL_SSL",
                "UNRELATED",
                "x");

        Map<String, String> merged = Settings.merge(
                Map.of("bootstrap.servers", "default:9092", "topic.dead-letter", "d"),
                file,
                env,
                Map.of("bootstrap.servers", "flag:9092"));

        assertThat(merged)
                .containsEntry("bootstrap.servers", "flag:9092")
                .containsEntry("topic.raw", "env.raw")
                .containsEntry("topic.enriched", "file.enriched")
                .containsEntry("topic.dead-letter", "d")
                .containsEntry("kafka.security.protocol", "SASL_SSL")
                .doesNotContainKey("UNRELATED");
    }

    @Test
    void shouldNameEnvironmentVariablesAfterKeysWhenKeyHasDotsAndDashes() {
        assertThat(Settings.envName("topic.dead-letter")).isEqualTo("WIRESTREAM_TOPIC_DEAD_LETTER");
    }
}
