package io.wirestream.enrichment.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Stable article ids derived from URLs. Stateless and thread-safe. */
public final class ArticleIds {

    private ArticleIds() {}

    /**
     * {@code "url-"} followed by the first 32 hex digits of the SHA-256 of {@link #normalizeUrl(String)}.
     *
     * @throws IllegalArgumentException when the URL is not an absolute URL with a host
     */
    public static String fromUrl(String url) {
        byte[] digest = sha256(normalizeUrl(url).getBytes(StandardCharsets.UTF_8));
        return "url-" + HexFormat.of().formatHex(digest).substring(0, 32);
    }

    /**
     * The URL with scheme and host lower-cased, default port, fragment, {@code utm_*} query parameters
     * and a trailing slash of the path removed. Other query parameters keep their order and spelling.
     *
     * @throws IllegalArgumentException when the URL is not an absolute URL with a host
     */
    public static String normalizeUrl(String url) {
        Objects.requireNonNull(url, "url");
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getMessage(), e);
        }
        if (!uri.isAbsolute() || uri.getRawAuthority() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("not an absolute URL with a host");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(url.length()).append(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(uri.getRawUserInfo()).append('@');
        }
        out.append(uri.getHost().toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        boolean defaultPort = (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
        if (port >= 0 && !defaultPort) {
            out.append(':').append(port);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        out.append(path);
        String query = uri.getRawQuery();
        if (query != null) {
            List<String> kept = new ArrayList<>();
            for (String param : query.split("&", -1)) {
                if (!param.isEmpty() && !param.toLowerCase(Locale.ROOT).startsWith("utm_")) {
                    kept.add(param);
                }
            }
            if (!kept.isEmpty()) {
                out.append('?').append(String.join("&", kept));
            }
        }
        return out.toString();
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
