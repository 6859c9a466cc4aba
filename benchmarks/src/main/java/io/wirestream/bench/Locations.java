package io.wirestream.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's samples and the shared data are, found from the working directory (repo root or a module). */
final class Locations {

    private Locations() {}

    /** The repository root: the first directory up from the working directory holding {@code samples/articles.jsonl}. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("samples/articles.jsonl"))
                    && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("cannot find the repository (samples/articles.jsonl) from "
                + Path.of("").toAbsolutePath() + "; pass --samples and --data");
    }

    static Path samples() {
        return repositoryRoot().resolve("samples");
    }

    /** {@code ../shared/data} next to the repository. */
    /** Whether the public data sets sit beside the repository, as on a developer's machine and in CI. */
    static boolean hasSharedData() {
        Path data = repositoryRoot().resolveSibling("shared").resolve("data");
        return Files.isDirectory(data.resolve("extraction")) && Files.isDirectory(data.resolve("ner"));
    }

    static Path sharedData() {
        Path data = repositoryRoot().resolveSibling("shared").resolve("data");
        if (!hasSharedData()) {
            throw new IllegalStateException("no shared data at " + data + "; pass --data");
        }
        return data;
    }
}
