package io.wirestream.producer;

/**
 * One article-shaped piece of input before parsing.
 *
 * @param origin where it came from: a file path or {@code <stdin>}
 * @param line   1-based line number in that input where the JSON starts
 * @param json   the JSON text
 */
public record SourceItem(String origin, long line, String json) {

    /** {@code origin:line}, for reports. */
    public String location() {
        return origin + ":" + line;
    }
}
