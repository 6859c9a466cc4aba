package io.wirestream.enrichment.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes a publication date that leaked into the start of the body from page chrome or a scraper:
 * {@code date 2026-02-03}, a bare {@code 2026-02-03}, {@code Publié le 3 février 2026 à 14h05},
 * {@code Published: February 3, 2026}. The date becomes {@code publishedAt} (source {@code "text"})
 * when the input had none. Report key {@code dateline}.
 *
 * <p>Sharp edges: only the date is used, at 00:00 UTC, because a leaked local time has no zone.
 * Impossible dates (2026-02-30) are not datelines and stay in the text. Wire datelines such as
 * {@code BAKU, Feb 3 (Reuters) -} are content and are not touched here.
 */
final class DatelineStage implements CleaningStage {

    private static final String TAIL = "(?:\\s*[-–—|:]\\s*|\\s+|$)";
    private static final String TIME = "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?";
    private static final String EN_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final String FR_MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";

    private static final Pattern ISO = Pattern.compile(
            "^(?:date\\s*:?\\s*)?(\\d{4})-(\\d{2})-(\\d{2})" + TIME + TAIL, Pattern.CASE_INSENSITIVE);
    private static final Pattern FR = Pattern.compile(
            "^publié\\s+le\\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?"
                    + "(?:(\\d{1,2})(?:er)?\\s+(" + FR_MONTHS + ")\\s+(\\d{4})|(\\d{1,2})/(\\d{1,2})/(\\d{4}))"
                    + "(?:\\s+à\\s+\\d{1,2}\\s*[h:]\\s*\\d{2})?"
                    + "(?:\\s*,?\\s*mis\\s+à\\s+jour\\s+le\\s+[^\\n]{0,40}?\\d{1,2}\\s*[h:]\\s*\\d{2})?" + TAIL,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EN = Pattern.compile(
            "^published\\s*(?:on\\s*)?:?\\s*"
                    + "(?:(\\d{4})-(\\d{2})-(\\d{2})" + TIME
                    + "|(" + EN_MONTHS + ")\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})"
                    + "|(\\d{1,2})\\s+(" + EN_MONTHS + ")\\.?,?\\s+(\\d{4}))"
                    + "(?:,?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?)?" + TAIL,
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12),
            Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("août", 8),
            Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11),
            Map.entry("décembre", 12), Map.entry("decembre", 12));

    /** Guards against pathological inputs made only of dates. */
    private static final int MAX_PREFIXES = 8;

    @Override
    public Draft apply(Draft draft) {
        Objects.requireNonNull(draft, "draft");
        Draft current = draft;
        for (int round = 0; round < MAX_PREFIXES; round++) {
            Draft next = removeOne(current);
            if (next == current) {
                return current;
            }
            current = next;
        }
        return current;
    }

    private static Draft removeOne(Draft draft) {
        String text = draft.text();
        int paragraphEnd = text.indexOf("\n\n");
        String first = paragraphEnd < 0 ? text : text.substring(0, paragraphEnd);
        LocalDate date = null;
        int end = -1;
        Matcher m;
        if ((m = ISO.matcher(first)).find()) {
            date = date(m.group(1), m.group(2), m.group(3));
            end = m.end();
        } else if ((m = FR.matcher(first)).find()) {
            date = m.group(1) != null ? date(m.group(3), month(m.group(2)), m.group(1)) : date(m.group(6), m.group(5), m.group(4));
            end = m.end();
        } else if ((m = EN.matcher(first)).find()) {
            if (m.group(1) != null) {
                date = date(m.group(1), m.group(2), m.group(3));
            } else if (m.group(4) != null) {
                date = date(m.group(6), month(m.group(4)), m.group(5));
            } else {
                date = date(m.group(9), month(m.group(8)), m.group(7));
            }
            end = m.end();
        }
        if (date == null) {
            return draft;
        }
        // Drop the whole paragraph (and its separator) when the dateline was all of it.
        int removeTo = end;
        if (end >= first.length()) {
            removeTo = paragraphEnd < 0 ? text.length() : paragraphEnd + 2;
        }
        return draft.edit(0, removeTo, "", "dateline", 1)
                .withPublishedAtFromText(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static String month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        Integer month = MONTHS.get(key.length() > 3 && MONTHS.containsKey(key) ? key : key.substring(0, 3));
        return month == null ? "0" : Integer.toString(month);
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
