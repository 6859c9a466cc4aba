package io.wirestream.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalKafkaBrokerBuilderTest {

    @Test
    void shouldRejectHeapWhenItIsNotAJvmSize() {
        assertThatThrownBy(() -> LocalKafkaBroker.builder().heap("256 MB"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(LocalKafkaBroker.builder().heap("1g")).isNotNull();
    }

    @Test
    void shouldRejectPortWhenOutOfRange() {
        assertThatThrownBy(() -> LocalKafkaBroker.builder().port(70_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalKafkaBroker.builder().controllerPort(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectStartupTimeoutWhenNotPositive() {
        assertThatThrownBy(() -> LocalKafkaBroker.builder().startupTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectSaslUserWhenNameCannotBeConfigured() {
        assertThatThrownBy(() -> LocalKafkaBroker.builder().saslPlain(Map.of("bob smith", "secret")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldMakeClassPathAbsoluteWhenEntriesAreRelative() {
        String classPath = String.join(File.pathSeparator, "target/classes", "/opt/lib/kafka.jar");

        String absolute = LocalKafkaBroker.absoluteClassPath(classPath);

        assertThat(absolute.split(File.pathSeparator))
                .containsExactly(Path.of("target/classes").toAbsolutePath().toString(), "/opt/lib/kafka.jar");
    }
}
