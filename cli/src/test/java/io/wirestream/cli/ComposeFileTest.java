package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** docker-compose.yml must stay valid: checked with {@code docker-compose config -q} where it is installed. */
class ComposeFileTest {

    private static final Path COMPOSE = Path.of("..", "docker-compose.yml");

    @Test
    void shouldBeValidComposeFileWhenDockerComposeIsInstalled() throws Exception {
        assumeTrue(onPath("docker-compose"), "docker-compose is not installed (Debian package docker-compose)");

        Process process = new ProcessBuilder("docker-compose", "-f", COMPOSE.toString(), "config", "-q")
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(output).isZero();
    }

    @Test
    void shouldDefineEveryServiceWithHealthcheckOrOneShotWhenRead() throws Exception {
        String compose = Files.readString(COMPOSE, StandardCharsets.UTF_8);

        assertThat(compose)
                .contains(
                        "image: apache/kafka:4.4.0",
                        "confluentinc/cp-schema-registry",
                        "topics-init:",
                        "processor:",
                        "producer:",
                        "WIRESTREAM_BOOTSTRAP_SERVERS",
                        "healthcheck:");
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
