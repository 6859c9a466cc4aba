package io.wirestream.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class RegistryClientConfigTest {

    @Test
    void shouldSplitUrlsInOrderWhenCommaSeparated() {
        RegistryClientConfig config = RegistryClientConfig.of(" http://a:8081 , https://b:8082/sr ");

        assertThat(config.urls()).containsExactly(URI.create("http://a:8081"), URI.create("https://b:8082/sr"));
        assertThat(config.basicAuthUserInfo()).isNull();
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.latestCacheTtl()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.isMock()).isFalse();
    }

    @Test
    void shouldRecognizeMockScopeWhenUrlIsMock() {
        RegistryClientConfig config = RegistryClientConfig.of("mock://my-test");

        assertThat(config.isMock()).isTrue();
        assertThat(config.mockScope()).isEqualTo("my-test");
    }

    @Test
    void shouldUseUserInfoWhenSourceIsUserInfoOrAliasIsSet() {
        RegistryClientConfig direct = RegistryClientConfig.from(Map.of(
                RegistryClientConfig.URL,
                "http://a",
                RegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE,
                "USER_INFO",
                RegistryClientConfig.BASIC_AUTH_USER_INFO,
                "alice:s3cret"));
        RegistryClientConfig alias = RegistryClientConfig.from(Map.of(
                RegistryClientConfig.URL, "http://a", RegistryClientConfig.BASIC_AUTH_USER_INFO_ALIAS, "alice:s3cret"));

        assertThat(direct.basicAuthUserInfo().value()).isEqualTo("alice:s3cret");
        assertThat(alias.basicAuthUserInfo().value()).isEqualTo("alice:s3cret");
    }

    @Test
    void shouldTakeCredentialsFromUrlAndStripThemWhenSourceIsUrl() {
        RegistryClientConfig config = RegistryClientConfig.from(Map.of(
                RegistryClientConfig.URL, "https://bob:p%40ss@registry:8081",
                RegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "URL"));

        assertThat(config.urls()).containsExactly(URI.create("https://registry:8081"));
        assertThat(config.basicAuthUserInfo().value()).isEqualTo("bob:p@ss");
    }

    @Test
    void shouldNeverShowSecretsWhenPrinted() {
        RegistryClientConfig config = RegistryClientConfig.from(Map.of(
                RegistryClientConfig.URL, "https://bob:urlsecret@registry:8081",
                RegistryClientConfig.SSL_TRUSTSTORE_LOCATION, "/nonexistent/trust.jks",
                RegistryClientConfig.SSL_TRUSTSTORE_PASSWORD, "storesecret"));

        assertThat(config.toString())
                .doesNotContain("urlsecret")
                .doesNotContain("storesecret")
                .contains("[hidden]");
    }

    @Test
    void shouldExplainWhenUserInfoIsMissingForUserInfoSource() {
        assertThatThrownBy(() -> RegistryClientConfig.from(Map.of(
                        RegistryClientConfig.URL,
                        "http://a",
                        RegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE,
                        "USER_INFO")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(RegistryClientConfig.BASIC_AUTH_USER_INFO);
    }

    @Test
    void shouldRejectUserInfoWithoutColonWithoutEchoingIt() {
        assertThatThrownBy(() -> RegistryClientConfig.from(Map.of(
                        RegistryClientConfig.URL, "http://a", RegistryClientConfig.BASIC_AUTH_USER_INFO, "justatoken")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("user:password")
                .hasMessageNotContaining("justatoken");
    }

    @Test
    void shouldRejectBadValuesWithTheKeyNamed() {
        assertThatThrownBy(() -> RegistryClientConfig.from(Map.of())).hasMessageContaining(RegistryClientConfig.URL);
        assertThatThrownBy(() -> RegistryClientConfig.of("ftp://a"))
                .hasMessageContaining("expected http(s)://host[:port] or mock://scope");
        assertThatThrownBy(() -> RegistryClientConfig.of("mock://a,http://b"))
                .hasMessageContaining("mock:// URL cannot be combined");
        assertThatThrownBy(() -> RegistryClientConfig.from(
                        Map.of(RegistryClientConfig.URL, "http://a", RegistryClientConfig.REQUEST_TIMEOUT_MS, "soon")))
                .hasMessageContaining(RegistryClientConfig.REQUEST_TIMEOUT_MS);
        assertThatThrownBy(() -> RegistryClientConfig.from(Map.of(
                        RegistryClientConfig.URL,
                        "http://a",
                        RegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE,
                        "SASL_INHERIT")))
                .hasMessageContaining("expected USER_INFO or URL");
    }

    @Test
    void shouldFailClearlyWhenTruststoreCannotBeRead() {
        RegistryClientConfig config = RegistryClientConfig.from(Map.of(
                RegistryClientConfig.URL,
                "https://a",
                RegistryClientConfig.SSL_TRUSTSTORE_LOCATION,
                "/nonexistent/trust.jks",
                RegistryClientConfig.SSL_TRUSTSTORE_PASSWORD,
                "storesecret"));

        assertThatThrownBy(() -> new RestSchemaRegistryClient(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(RegistryClientConfig.SSL_TRUSTSTORE_LOCATION)
                .hasMessageContaining("/nonexistent/trust.jks")
                .hasMessageNotContaining("storesecret");
    }
}
