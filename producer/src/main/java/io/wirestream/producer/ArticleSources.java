package io.wirestream.producer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads article JSON from files, directories and standard input, item by item, never holding a whole
 * JSON Lines file in memory:
 * <ul>
 *   <li>{@code *.jsonl} / {@code *.ndjson} / standard input: one JSON object per line; blank lines skipped;</li>
 *   <li>{@code *.json}: one object, or an array of objects;</li>
 *   <li>a directory: every such file below it, in path order.</li>
 * </ul>
 * Malformed UTF-8 is replaced with U+FFFD rather than failing the file; broken JSON is left for the
 * parser to reject with its line number.
 */
public final class ArticleSources {

    /** Name used for standard input. */
    public static final String STDIN = "<stdin>";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ArticleSources() {}

    /** Every input file under {@code path} (the path itself when it is a file). */
    public static List<Path> files(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new IOException("input does not exist: " + path);
        }
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(ArticleSources::isArticleFile)
                    .sorted()
                    .toList();
        }
    }

    static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
    }

    /** Feeds every item of one file to {@code sink}. */
    public static void read(Path file, Consumer<SourceItem> sink) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file)) {
            if (name.endsWith(".json")) {
                readJsonDocument(file.toString(), in, sink);
            } else {
                readLines(file.toString(), in, sink);
            }
        }
    }

    /** Feeds every line of a JSON Lines stream to {@code sink}. */
    public static void readLines(String origin, InputStream in, Consumer<SourceItem> sink) throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!line.isBlank()) {
                    sink.accept(new SourceItem(origin, number, line));
                }
            }
        }
    }

    /** Feeds a JSON document (one object or an array of objects) to {@code sink}, element by element. */
    static void readJsonDocument(String origin, InputStream in, Consumer<SourceItem> sink) throws IOException {
        byte[] bytes = in.readAllBytes();
        JsonFactory factory = MAPPER.getFactory();
        try (JsonParser parser = factory.createParser(bytes)) {
            JsonToken first;
            try {
                first = parser.nextToken();
            } catch (IOException e) {
                sink.accept(new SourceItem(origin, 1, new String(bytes, StandardCharsets.UTF_8)));
                return;
            }
            if (first != JsonToken.START_ARRAY) {
                sink.accept(new SourceItem(origin, 1, new String(bytes, StandardCharsets.UTF_8)));
                return;
            }
            List<SourceItem> pending = new ArrayList<>();
            try {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    long line = parser.currentTokenLocation().getLineNr();
                    JsonNode element = MAPPER.readTree(parser);
                    pending.add(new SourceItem(origin, line, MAPPER.writeValueAsString(element)));
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // left for the parser to reject, with the line where the array broke
                pending.add(new SourceItem(
                        origin,
                        parser.currentLocation().getLineNr(),
                        "<broken JSON array: " + e.getOriginalMessage() + ">"));
            }
            pending.forEach(sink);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
