package io.wirestream.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The Wirestream version, as recorded in every enriched record's provenance. */
public final class PipelineVersion {

    private static final String VERSION = load();

    private PipelineVersion() {}

    /** The project version this build was made from, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = PipelineVersion.class.getResourceAsStream("pipeline.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pipeline.properties", e);
        }
    }
}
