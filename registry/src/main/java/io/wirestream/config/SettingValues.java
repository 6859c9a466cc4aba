package io.wirestream.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Typed reads of flat settings, with an error that names the setting when a value is malformed. */
public final class SettingValues {

    private SettingValues() {}

    /** The integer at {@code key}, or {@code fallback} when it is absent. */
    public static int integer(Map<String, String> settings, String key, int fallback) {
        return Math.toIntExact(longValue(settings, key, fallback));
    }

    /** The long at {@code key}, or {@code fallback} when it is absent. */
    public static long longValue(Map<String, String> settings, String key, long fallback) {
        String value = settings.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be an integer, was '" + value + "'", e);
        }
    }

    /** The ISO-8601 duration ({@code PT24H}, {@code P7D}) at {@code key}, or {@code fallback} when it is absent. */
    public static Duration duration(Map<String, String> settings, String key, Duration fallback) {
        String value = settings.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    key + " must be an ISO-8601 duration such as PT24H or P7D, was '" + value + "'", e);
        }
    }
}
