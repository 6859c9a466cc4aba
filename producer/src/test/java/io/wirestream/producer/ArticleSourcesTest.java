package io.wirestream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {

    @TempDir
    Path dir;

    @Test
    void shouldNumberLinesAndSkipBlankOnesWhenReadingJsonLines() throws Exception {
        List<SourceItem> items = new ArrayList<>();
        ArticleSources.readLines(
                "in",
                new ByteArrayInputStream("\uFEFF{\"a\":1}\n\n{\"b\":2}\r\nbroken\n".getBytes(StandardCharsets.UTF_8)),
                items::add);

        assertThat(items).extracting(SourceItem::line).containsExactly(1L, 3L, 4L);
        assertThat(items.get(0).json()).isEqualTo("{\"a\":1}");
        assertThat(items.get(2).json()).isEqualTo("broken");
    }

    @Test
    void shouldReadEachElementWhenJsonFileHoldsAnArray() throws Exception {
        Path file = dir.resolve("many.json");
        Files.writeString(file, "[\n {\"id\":\"1\"},\n {\"id\":\"2\"}\n]", StandardCharsets.UTF_8);
        List<SourceItem> items = new ArrayList<>();

        ArticleSources.read(file, items::add);

        assertThat(items).extracting(SourceItem::json).containsExactly("{\"id\":\"1\"}", "{\"id\":\"2\"}");
        assertThat(items).extracting(SourceItem::line).containsExactly(2L, 3L);
    }

    @Test
    void shouldFindJsonFilesInPathOrderWhenInputIsDirectory() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("b.jsonl"), "{}", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.json"), "{}", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("sub/c.ndjson"), "{}", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "x", StandardCharsets.UTF_8);

        assertThat(ArticleSources.files(dir))
                .extracting(p -> dir.relativize(p).toString())
                .containsExactly("a.json", "b.jsonl", "sub/c.ndjson");
    }

    @Test
    void shouldReplaceMalformedUtf8WhenLineIsNotValidUtf8() throws Exception {
        List<SourceItem> items = new ArrayList<>();
        ArticleSources.readLines(
                "in",
                new ByteArrayInputStream(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'}),
                items::add);

        assertThat(items.get(0).json()).contains("\uFFFD");
    }
}
