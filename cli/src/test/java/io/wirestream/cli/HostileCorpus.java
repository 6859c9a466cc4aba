package io.wirestream.cli;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Hostile and odd inputs, each with the outcome the pipeline owes it. Built in code (several are
 * megabytes) so the corpus is the same everywhere. Outcomes:
 * <ul>
 *   <li>{@code enriched}: odd but valid, repaired and processed;</li>
 *   <li>{@code rejected:CODE}: refused by the producer and by {@code enrich} at parse/validation;</li>
 *   <li>{@code dead:CODE}: accepted by the producer, dead-lettered by the processor (and {@code enrich}).</li>
 * </ul>
 */
final class HostileCorpus {

    /** One hostile input: a JSON Lines line and what must happen to it. */
    record Case(String name, String line, String outcome) {
        String reason() {
            return outcome.contains(":") ? outcome.substring(outcome.indexOf(':') + 1) : null;
        }
    }

    /** Non-ASCII escaped, so lone surrogates are written as {@code \\uD800} escapes and the file stays valid UTF-8. */
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private static final String TEXT = "Ministers from Egypt and Sudan met in Geneva on Wednesday to discuss the Nile.";

    private final List<Case> cases = new ArrayList<>();
    private int next;

    static List<Case> all() {
        HostileCorpus corpus = new HostileCorpus();
        corpus.build();
        return List.copyOf(corpus.cases);
    }

    /**
     * The story sentence, made unique per article: the pipeline would otherwise (rightly) count
     * articles with the same text under other ids as duplicates.
     */
    private String text() {
        return TEXT.replace("Wednesday", "day " + next);
    }

    private void raw(String name, String line, String outcome) {
        cases.add(new Case(name, line, outcome));
    }

    private ObjectNode article() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", "hostile-" + next++);
        return node;
    }

    private void json(String name, ObjectNode node, String outcome) {
        try {
            cases.add(new Case(name, MAPPER.writeValueAsString(node), outcome));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void build() {
        // not an article at all
        raw("not JSON", "this is not json {", "rejected:INVALID_JSON");
        raw("truncated JSON", "{\"id\": \"t\", \"body\": \"cut off", "rejected:INVALID_JSON");
        raw("array instead of object", "[{\"id\": \"a\", \"body\": \"text\"}]", "rejected:NOT_AN_OBJECT");
        raw("number", "42", "rejected:NOT_AN_OBJECT");
        raw("null", "null", "rejected:NOT_AN_OBJECT");
        raw("empty object", "{}", "rejected:MISSING_ID");
        raw(
                "JSON nested 1,000 deep",
                "{\"id\":\"deep\",\"body\":\"x\",\"metadata\":" + "{\"a\":".repeat(1000) + "1" + "}".repeat(1000) + "}",
                "rejected:INVALID_JSON");

        // ids
        json("empty id", article().put("id", "").put("body", text()), "rejected:MISSING_ID");
        json("id of 600 characters", article().put("id", "x".repeat(600)).put("body", text()), "rejected:ID_TOO_LONG");
        json("NUL in id", article().put("id", "bad\u0000id").put("body", text()), "rejected:ID_INVALID_CHARS");
        json(
                "right-to-left override in id",
                article().put("id", "abc\u202Egpj.exe").put("body", text()),
                "rejected:ID_INVALID_CHARS");
        json("newline in id", article().put("id", "two\nlines").put("body", text()), "rejected:ID_INVALID_CHARS");

        // fields
        json("no text", article(), "rejected:NO_TEXT");
        json("whitespace-only body", article().put("body", " \n\t "), "rejected:NO_TEXT");
        json("no-break-space-only body", article().put("body", "\u00A0\u2007\u202F"), "dead:EMPTY_TEXT_AFTER_CLEANING");
        json("body is a number", article().put("body", 42), "rejected:INVALID_FIELD");
        json(
                "title is an object",
                (ObjectNode) article().put("body", text()).set("title", MAPPER.createObjectNode()),
                "rejected:INVALID_FIELD");
        json(
                "metadata is an array",
                (ObjectNode) article().put("body", text()).set("metadata", MAPPER.createArrayNode()),
                "rejected:INVALID_FIELD");
        json(
                "publishedAt not a date",
                article().put("body", text()).put("publishedAt", "yesterday"),
                "rejected:INVALID_FIELD");
        json(
                "publishedAt in 1800",
                article().put("body", text()).put("publishedAt", "1800-01-01T00:00:00Z"),
                "rejected:INVALID_PUBLISHED_AT");
        json(
                "publishedAt in 2999",
                article().put("body", text()).put("publishedAt", "2999-01-01T00:00:00Z"),
                "rejected:INVALID_PUBLISHED_AT");
        json("relative URL", article().put("body", text()).put("url", "/news/1"), "rejected:INVALID_URL");
        json("javascript URL", article().put("body", text()).put("url", "javascript:alert(1)"), "rejected:INVALID_URL");
        json(
                "title of 100,000 characters",
                article().put("body", text()).put("title", "T".repeat(100_000)),
                "rejected:TITLE_TOO_LONG");
        json("body of 6 MB", article().put("body", "word ".repeat(1_200_000)), "rejected:TOO_LARGE");

        // markup that leaves nothing to read
        json(
                "script-only HTML",
                article().put("html", "<html><body><script>alert('x')</script></body></html>"),
                "dead:EMPTY_TEXT_AFTER_CLEANING");
        json(
                "furniture-only HTML",
                article()
                        .put(
                                "html",
                                "<html><body><nav><a href='/'>Home</a></nav><footer>© 2026 "
                                        + "Example. All rights reserved.</footer></body></html>"),
                "dead:EMPTY_TEXT_AFTER_CLEANING");
        json(
                "controls-only body",
                article().put("body", "\u0001\u0002\u0003\u200B\u202E"),
                "dead:EMPTY_TEXT_AFTER_CLEANING");

        // odd but valid: repaired and enriched within bounded time
        json(
                "HTML nested 10,000 deep",
                article().put("html", "<div>".repeat(10_000) + "<p>" + text() + "</p>" + "</div>".repeat(10_000)),
                "enriched");
        json(
                "200,000 <p> elements",
                article().put("html", "<p>" + text() + "</p>" + "<p>a</p>".repeat(200_000)),
                "enriched");
        json(
                "100,000 '<' characters",
                article().put("html", "<p>" + text() + "</p>" + "<".repeat(100_000)),
                "enriched");
        json("200,000-character token", article().put("body", text() + "\n\n" + "x".repeat(200_000)), "enriched");
        json(
                "&amp;amp; chain",
                article().put("html", "<p>" + text() + " " + "&amp;".repeat(50_000) + "amp;</p>"),
                "enriched");
        json("regex bait: parentheses", article().put("body", text() + "\n\n" + "(".repeat(50_000)), "enriched");
        json(
                "regex bait: tweet signature",
                article()
                        .put(
                                "body",
                                text() + " pic.twitter.com/" + "a".repeat(10_000) + " — " + "(@".repeat(10_000) + ")"),
                "enriched");
        json(
                "regex bait: dateline",
                article().put("body", " date " + "2026-".repeat(20_000) + "\n\n" + text()),
                "enriched");
        json("regex bait: spaces", article().put("body", text() + " ".repeat(100_000) + "."), "enriched");
        json(
                "NUL and C0 controls in body",
                article().put("body", "Minis\u0000ters\u0007 met\u001B in Geneva."),
                "enriched");
        json(
                "right-to-left overrides in body",
                article().put("body", "\u202EDelegates met\u202C in \u2067Cairo\u2069."),
                "enriched");
        json("lone surrogates", article().put("body", "Ministers \uD800met in \uDC00Geneva."), "enriched");
        json(
                "homoglyph name",
                article().put("body", "Officials from \u0406srael and Eg\u0443pt met in Geneva."),
                "enriched");
        json("emoji only", article().put("body", "\uD83D\uDE00\uD83D\uDD25\uD83C\uDF0D"), "enriched");
        json("digits and URL only", article().put("body", "12345 https://example.org/x 678"), "enriched");
        json("zalgo text", article().put("body", "M\u0301\u0302\u0303inisters met in G\u0300\u0301eneva."), "enriched");
        json(
                "broken HTML",
                article().put("html", "<html><body><p>" + text() + "<p><b>unclosed <i>tags</div></span>"),
                "enriched");
        json(
                "metadata with nested values",
                (ObjectNode) article()
                        .put("body", text())
                        .set(
                                "metadata",
                                MAPPER.createObjectNode()
                                        .put("k", "v")
                                        .set("nested", MAPPER.createObjectNode().put("a", 1))),
                "enriched");
        json(
                "unknown fields",
                (ObjectNode) article()
                        .put("body", text())
                        .put("x-unknown", "y".repeat(10_000))
                        .set("extra", MAPPER.createArrayNode().add(1)),
                "enriched");
        json("body of 2 MB (over the NLP budget)", article().put("body", (text() + "\n\n").repeat(25_000)), "enriched");
    }
}
