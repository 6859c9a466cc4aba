package io.wirestream.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * Typed, validated settings of a schema registry client, read from the Confluent config names.
 *
 * <table>
 *   <caption>Keys</caption>
 *   <tr><td>{@value #URL}</td><td>required; comma-separated {@code http(s)://} base URLs tried in
 *       order on failure, or one {@code mock://scope}</td></tr>
 *   <tr><td>{@value #BASIC_AUTH_CREDENTIALS_SOURCE}</td><td>{@code USER_INFO} or {@code URL}; default
 *       {@code USER_INFO} when a user info is set, else {@code URL}</td></tr>
 *   <tr><td>{@value #BASIC_AUTH_USER_INFO} (alias {@value #BASIC_AUTH_USER_INFO_ALIAS})</td>
 *       <td>{@code user:password}</td></tr>
 *   <tr><td>{@code schema.registry.ssl.truststore.location/password/type},
 *       {@code schema.registry.ssl.keystore.location/password/type},
 *       {@value #SSL_KEY_PASSWORD}</td><td>TLS; types default to JKS</td></tr>
 *   <tr><td>{@value #CONNECT_TIMEOUT_MS}</td><td>default 10000</td></tr>
 *   <tr><td>{@value #REQUEST_TIMEOUT_MS}</td><td>default 30000</td></tr>
 *   <tr><td>{@value #LATEST_CACHE_TTL_SEC}</td><td>how long the latest version of a subject is
 *       cached; default 30, 0 disables</td></tr>
 * </table>
 *
 * <p>Credentials are held as {@link Password}s and URLs are stored without their user info, so
 * {@link #toString()} never shows a secret.
 *
 * @param urls base URLs without user info, in failover order
 * @param basicAuthUserInfo {@code user:password} to send as HTTP basic auth, or null
 * @param tls TLS settings, or null for the JDK defaults
 */
public record RegistryClientConfig(
        List<URI> urls,
        Password basicAuthUserInfo,
        Tls tls,
        Duration connectTimeout,
        Duration requestTimeout,
        Duration latestCacheTtl) {

    public static final String URL = "schema.registry.url";
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    public static final String BASIC_AUTH_USER_INFO_ALIAS = "schema.registry.basic.auth.user.info";
    public static final String SSL_TRUSTSTORE_LOCATION = "schema.registry.ssl.truststore.location";
    public static final String SSL_TRUSTSTORE_PASSWORD = "schema.registry.ssl.truststore.password";
    public static final String SSL_TRUSTSTORE_TYPE = "schema.registry.ssl.truststore.type";
    public static final String SSL_KEYSTORE_LOCATION = "schema.registry.ssl.keystore.location";
    public static final String SSL_KEYSTORE_PASSWORD = "schema.registry.ssl.keystore.password";
    public static final String SSL_KEYSTORE_TYPE = "schema.registry.ssl.keystore.type";
    public static final String SSL_KEY_PASSWORD = "schema.registry.ssl.key.password";
    public static final String CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
    public static final String REQUEST_TIMEOUT_MS = "http.read.timeout.ms";
    public static final String LATEST_CACHE_TTL_SEC = "latest.cache.ttl.sec";

    private static final String MOCK_SCHEME = "mock";

    /** Where basic-auth credentials come from, as Confluent's {@code basic.auth.credentials.source}. */
    public enum CredentialsSource {
        USER_INFO,
        URL
    }

    /**
     * TLS key and trust material. Store types default to JKS; null locations mean "JDK default".
     */
    public record Tls(
            String truststoreLocation,
            Password truststorePassword,
            String truststoreType,
            String keystoreLocation,
            Password keystorePassword,
            String keystoreType,
            Password keyPassword) {}

    public RegistryClientConfig {
        Objects.requireNonNull(urls, "urls");
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new ConfigException(URL + " must name at least one URL");
        }
        boolean mock = urls.stream().anyMatch(u -> MOCK_SCHEME.equals(u.getScheme()));
        if (mock && urls.size() > 1) {
            throw new ConfigException(URL + ": a mock:// URL cannot be combined with other URLs");
        }
        for (URI url : urls) {
            if (url.getUserInfo() != null) {
                throw new ConfigException(URL + ": URLs must not carry user info here; use " + BASIC_AUTH_USER_INFO);
            }
        }
        requirePositive(connectTimeout, CONNECT_TIMEOUT_MS);
        requirePositive(requestTimeout, REQUEST_TIMEOUT_MS);
        Objects.requireNonNull(latestCacheTtl, "latestCacheTtl");
        if (latestCacheTtl.isNegative()) {
            throw new ConfigException(LATEST_CACHE_TTL_SEC + " must not be negative");
        }
        if (basicAuthUserInfo != null && basicAuthUserInfo.value().indexOf(':') < 0) {
            throw new ConfigException(BASIC_AUTH_USER_INFO + " must have the form user:password");
        }
    }

    /** Settings for the given URLs, no auth, no TLS and default timeouts. */
    public static RegistryClientConfig of(String commaSeparatedUrls) {
        return from(Map.of(URL, commaSeparatedUrls));
    }

    /**
     * Reads the settings from Kafka-style client configs; unknown keys are ignored so the same map
     * can configure a serde and its Kafka client.
     *
     * @throws ConfigException naming the key when a value is missing or invalid (secrets are never
     *     echoed)
     */
    public static RegistryClientConfig from(Map<String, ?> configs) {
        Objects.requireNonNull(configs, "configs");
        Object rawUrls = configs.get(URL);
        if (rawUrls == null) {
            throw new ConfigException("Missing required configuration \"" + URL + "\"");
        }
        List<URI> urls = new ArrayList<>();
        String userInfoFromUrl = null;
        for (String text : splitList(rawUrls)) {
            URI uri = parseUrl(text);
            if (uri.getRawUserInfo() != null) {
                if (userInfoFromUrl == null) {
                    userInfoFromUrl =
                            java.net.URLDecoder.decode(uri.getRawUserInfo(), java.nio.charset.StandardCharsets.UTF_8);
                }
                uri = withoutUserInfo(uri);
            }
            urls.add(uri);
        }

        Password userInfo = password(configs, BASIC_AUTH_USER_INFO);
        if (userInfo == null) {
            userInfo = password(configs, BASIC_AUTH_USER_INFO_ALIAS);
        }
        String sourceText = string(configs, BASIC_AUTH_CREDENTIALS_SOURCE);
        CredentialsSource source;
        if (sourceText == null) {
            source = userInfo != null ? CredentialsSource.USER_INFO : CredentialsSource.URL;
        } else {
            try {
                source = CredentialsSource.valueOf(sourceText.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(BASIC_AUTH_CREDENTIALS_SOURCE, sourceText, "expected USER_INFO or URL");
            }
        }
        Password credentials;
        if (source == CredentialsSource.USER_INFO) {
            if (userInfo == null) {
                throw new ConfigException(BASIC_AUTH_CREDENTIALS_SOURCE + "=USER_INFO needs " + BASIC_AUTH_USER_INFO
                        + " (or " + BASIC_AUTH_USER_INFO_ALIAS + ")");
            }
            credentials = userInfo;
        } else {
            if (sourceText != null && userInfoFromUrl == null) {
                throw new ConfigException(BASIC_AUTH_CREDENTIALS_SOURCE + "=URL needs user info in " + URL
                        + " (https://user:password@host:port)");
            }
            credentials = userInfoFromUrl == null ? null : new Password(userInfoFromUrl);
        }

        Tls tls = null;
        String truststore = string(configs, SSL_TRUSTSTORE_LOCATION);
        String keystore = string(configs, SSL_KEYSTORE_LOCATION);
        if (truststore != null || keystore != null) {
            tls = new Tls(
                    truststore,
                    password(configs, SSL_TRUSTSTORE_PASSWORD),
                    orDefault(string(configs, SSL_TRUSTSTORE_TYPE), "JKS"),
                    keystore,
                    password(configs, SSL_KEYSTORE_PASSWORD),
                    orDefault(string(configs, SSL_KEYSTORE_TYPE), "JKS"),
                    password(configs, SSL_KEY_PASSWORD));
        }
        return new RegistryClientConfig(
                urls,
                credentials,
                tls,
                Duration.ofMillis(number(configs, CONNECT_TIMEOUT_MS, 10_000)),
                Duration.ofMillis(number(configs, REQUEST_TIMEOUT_MS, 30_000)),
                Duration.ofSeconds(number(configs, LATEST_CACHE_TTL_SEC, 30)));
    }

    /** Whether this points at an in-memory {@link MockSchemaRegistry}. */
    public boolean isMock() {
        return MOCK_SCHEME.equals(urls.get(0).getScheme());
    }

    /**
     * The scope of a {@code mock://scope} URL.
     *
     * @throws IllegalStateException when this is not a mock configuration
     */
    public String mockScope() {
        if (!isMock()) {
            throw new IllegalStateException("not a mock:// registry: " + urls);
        }
        String ssp = urls.get(0).getSchemeSpecificPart();
        return ssp.startsWith("//") ? ssp.substring(2) : ssp;
    }

    private static URI parseUrl(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            // the text may hold credentials: name the key, not the value
            throw new ConfigException(URL + " holds an invalid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (MOCK_SCHEME.equals(scheme)) {
            String ssp = uri.getSchemeSpecificPart();
            if (ssp == null || ssp.replace("/", "").isBlank()) {
                throw new ConfigException(URL + ": mock:// URL needs a scope, e.g. mock://my-test");
            }
            return uri;
        }
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new ConfigException(
                    URL + ": expected http(s)://host[:port] or mock://scope, got '" + withoutUserInfo(uri) + "'");
        }
        return uri;
    }

    private static URI withoutUserInfo(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return uri;
        }
        try {
            return new URI(
                    uri.getScheme(),
                    null,
                    uri.getHost(),
                    uri.getPort(),
                    uri.getPath(),
                    uri.getQuery(),
                    uri.getFragment());
        } catch (URISyntaxException e) {
            throw new ConfigException(URL + " holds an invalid URL: " + e.getReason());
        }
    }

    private static List<String> splitList(Object value) {
        List<String> parts = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            for (Object item : collection) {
                parts.addAll(splitList(item));
            }
            return parts;
        }
        for (String part : value.toString().split(",")) {
            if (!part.isBlank()) {
                parts.add(part.trim());
            }
        }
        return parts;
    }

    private static String string(Map<String, ?> configs, String key) {
        Object value = configs.get(key);
        if (value == null) {
            return null;
        }
        String text = value instanceof Password p ? p.value() : value.toString();
        return text.isBlank() ? null : text.trim();
    }

    private static Password password(Map<String, ?> configs, String key) {
        Object value = configs.get(key);
        if (value instanceof Password p) {
            return p;
        }
        return value == null || value.toString().isEmpty() ? null : new Password(value.toString());
    }

    private static long number(Map<String, ?> configs, String key, long defaultValue) {
        Object value = configs.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new ConfigException(key, value, "expected a whole number");
        }
    }

    private static String orDefault(String value, String defaultValue) {
        return value == null ? defaultValue : value;
    }

    private static void requirePositive(Duration duration, String key) {
        Objects.requireNonNull(duration, key);
        if (duration.isZero() || duration.isNegative()) {
            throw new ConfigException(key + " must be positive, was " + duration.toMillis() + " ms");
        }
    }
}
