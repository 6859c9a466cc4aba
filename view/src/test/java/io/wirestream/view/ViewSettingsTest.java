package io.wirestream.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class ViewSettingsTest {

    private static Map<String, String> with(String... keyValues) {
        Map<String, String> settings = new TreeMap<>(
                Map.of("bootstrap.servers", "broker:9092", "schema.registry.url", "mock://view-settings"));
        for (int i = 0; i < keyValues.length; i += 2) {
            settings.put(keyValues[i], keyValues[i + 1]);
        }
        return settings;
    }

    @Test
    void shouldRunAloneExactlyOnceOnLocalhostWhenNothingIsSet() {
        ViewSettings settings = ViewSettings.from(with());

        assertThat(settings.advertised()).isEmpty();
        StreamsConfig config = settings.streamsConfig();
        assertThat(config.getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))
                .isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(config.getString(StreamsConfig.APPLICATION_SERVER_CONFIG)).isEmpty();
        assertThat(config.getString(StreamsConfig.APPLICATION_ID_CONFIG))
                .isEqualTo(ViewSettings.DEFAULT_APPLICATION_ID);
        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(ViewSettings.DEFAULT_PORT);
    }

    @Test
    void shouldAdvertiseHostAndPortAsApplicationServerWhenAnAdvertisedHostIsSet() {
        ViewSettings settings = ViewSettings.from(with(
                "view.advertised.host",
                "view-2.internal",
                "view.port",
                "9090",
                "view.processing.guarantee",
                "at_least_once"));

        assertThat(settings.advertised()).hasValue("view-2.internal:9090");
        assertThat(settings.streamsConfig().getString(StreamsConfig.APPLICATION_SERVER_CONFIG))
                .isEqualTo("view-2.internal:9090");
        assertThat(settings.streamsConfig().getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))
                .isEqualTo("at_least_once");
    }

    @Test
    void shouldRejectSettingsOtherInstancesCouldNotUseWhenTheyAreInconsistent() {
        assertThatThrownBy(() -> ViewSettings.from(with("view.advertised.host", "a", "view.port", "0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fixed view.port");
        assertThatThrownBy(() -> ViewSettings.from(with("view.advertised.host", "a:8088")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("view.advertised.host");
        assertThatThrownBy(() -> ViewSettings.from(with("view.processing.guarantee", "exactly_once")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("view.processing.guarantee");
        assertThatThrownBy(() -> ViewSettings.from(with("view.port", "70000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("view.port");
    }
}
