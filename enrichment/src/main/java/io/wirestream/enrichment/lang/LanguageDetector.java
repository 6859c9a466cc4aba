package io.wirestream.enrichment.lang;

import java.util.List;

/**
 * Identifies the language of text. Implementations are thread-safe and load their models once, at
 * construction. Codes are ISO 639-1 where one exists, else ISO 639-3; {@code "und"} for text without
 * letters (emoji, digits, URLs only).
 */
public interface LanguageDetector {

    /**
     * The language of the whole text, weighing its segments by their number of letters.
     *
     * @param text any text; never null
     * @return never null; {@link DetectedLanguage#UNDETERMINED} for text without letters
     */
    DetectedLanguage detect(CharSequence text);

    /**
     * Like {@link #detect(CharSequence)}, with a language the source claims as a small prior: it can tip
     * close calls among languages of the same script, never override clear evidence.
     *
     * @param hint ISO 639-1/-3 code, or null
     */
    default DetectedLanguage detect(CharSequence text, String hint) {
        return detect(text);
    }

    /**
     * Splits text into runs of one language: per paragraph, and finer where a paragraph clearly switches
     * script. Adjacent runs of the same language are merged.
     *
     * <p>Segments are in order, do not overlap, start and end on non-whitespace, and together cover every
     * non-whitespace character of the text; only whitespace between them is left out. A paragraph without
     * letters joins the segment before it (or after it, at the start).
     *
     * @param text any text; never null
     * @return never null; empty only for blank text
     */
    List<LanguageSegment> segment(String text);

    /** Like {@link #segment(String)}, with a language hint as in {@link #detect(CharSequence, String)}. */
    default List<LanguageSegment> segment(String text, String hint) {
        return segment(text);
    }
}
