package io.wirestream.eval.langid;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.wirestream.enrichment.langid.NgramModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Builds the compact n-gram model of {@code NgramLanguageDetector} from the language models inside Lingua's
 * jar (Apache-2.0): {@code language-models/<iso639-1>/{uni,bi,tri,quadri,five}grams.json}, each mapping
 * {@code "count/prefixCount"} fractions to space-separated n-grams. The fraction is the conditional
 * probability of the n-gram's last letter given the ones before it (for unigrams, the letter's share).
 *
 * <p>Four- and five-grams seen fewer than {@code --min-count} times in Lingua's training text are dropped:
 * they are most of the entries and carry the least evidence. Output is reproducible byte for byte.
 *
 * <pre>./mvnw -q -B -o -pl evaluation exec:java -Dexec.mainClass=io.wirestream.eval.langid.BuildLanguageModel</pre>
 */
@Command(
        name = "build-language-model",
        mixinStandardHelpOptions = true,
        description =
                "Converts Lingua's n-gram models (from its jar on the class path) into Wirestream's hashed model.")
public final class BuildLanguageModel implements Callable<Integer> {

    static final String DEFAULT_OUTPUT = "enrichment/src/main/resources/io/wirestream/enrichment/langid/ngrams.bin.gz";
    private static final String[] FILES = {"unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"};

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            defaultValue = DEFAULT_OUTPUT,
            description =
                    "Model file; a relative path is resolved against the repository root. Default: ${DEFAULT-VALUE}")
    private String output;

    @Option(
            names = "--min-count",
            paramLabel = "N",
            defaultValue = "2",
            description = "Keep 4- and 5-grams seen at least N times. Default: ${DEFAULT-VALUE}")
    private int minCount;

    @Option(
            names = "--step",
            paramLabel = "NATS",
            defaultValue = "0.0625",
            description = "Quantization step of -ln p. Default: ${DEFAULT-VALUE}")
    private float step;

    @Override
    public Integer call() throws IOException, URISyntaxException, ClassNotFoundException {
        PrintWriter out = spec.commandLine().getOut();
        // By name: Lingua's classes carry Kotlin annotations javac cannot resolve (kotlin-stdlib is runtime scope).
        Path jar = Path.of(Class.forName("com.github.pemistahl.lingua.api.Language")
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        NgramModel.Builder builder = new NgramModel.Builder(step);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            TreeSet<String> codes = new TreeSet<>();
            for (ZipEntry e : Collections.list(zip.entries())) {
                String name = e.getName();
                if (name.startsWith("language-models/") && name.endsWith("/unigrams.json")) {
                    codes.add(name.substring("language-models/".length(), name.length() - "/unigrams.json".length()));
                }
            }
            for (String code : codes) {
                Map<String, Double> unigrams = read(zip, code, 0, 1);
                int index = builder.addLanguage(code, dominantScript(unigrams));
                unigrams.forEach((gram, p) -> builder.add(index, gram, p));
                for (int order = 2; order <= NgramModel.MAX_ORDER; order++) {
                    read(zip, code, order - 1, order >= 4 ? minCount : 1)
                            .forEach((gram, p) -> builder.add(index, gram, p));
                }
                out.printf(Locale.ROOT, "%s %s entries so far %,d%n", code, dominantScript(unigrams), builder.size());
                out.flush();
            }
        }
        Path target = resolve(output);
        Files.createDirectories(target.getParent());
        try (OutputStream os = Files.newOutputStream(target)) {
            builder.write(os);
        }
        out.printf(Locale.ROOT, "wrote %s (%,d bytes, %,d entries)%n", target, Files.size(target), builder.size());
        out.flush();
        return 0;
    }

    /** The n-grams of one file with their probabilities; empty when the language has no such file (zh, ja: unigrams only). */
    private static Map<String, Double> read(ZipFile zip, String code, int file, int minCount) throws IOException {
        ZipEntry entry = zip.getEntry("language-models/" + code + "/" + FILES[file] + ".json");
        Map<String, Double> grams = new HashMap<>();
        if (entry == null) {
            return grams;
        }
        try (InputStream in = zip.getInputStream(entry);
                JsonParser p = new JsonFactory().createParser(in)) {
            boolean inNgrams = false;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && p.currentName().equals("ngrams")) {
                    inNgrams = true;
                } else if (inNgrams && t == JsonToken.VALUE_STRING) {
                    String fraction = p.currentName();
                    int slash = fraction.indexOf('/');
                    long count = Long.parseLong(fraction.substring(0, slash));
                    long total = Long.parseLong(fraction.substring(slash + 1));
                    if (count < minCount) {
                        continue;
                    }
                    double probability = (double) count / total;
                    for (String gram : p.getText().split(" ")) {
                        if (!gram.isEmpty()) {
                            grams.merge(gram, probability, Math::max);
                        }
                    }
                }
            }
        }
        return grams;
    }

    /** The Unicode script holding most of a language's letter probability. */
    static String dominantScript(Map<String, Double> unigrams) {
        Map<Character.UnicodeScript, Double> mass = new HashMap<>();
        unigrams.forEach((gram, p) -> mass.merge(Character.UnicodeScript.of(gram.codePointAt(0)), p, Double::sum));
        List<Map.Entry<Character.UnicodeScript, Double>> entries = new ArrayList<>(mass.entrySet());
        entries.sort(Map.Entry.<Character.UnicodeScript, Double>comparingByValue()
                .reversed()
                .thenComparing(e -> e.getKey().name()));
        return entries.get(0).getKey().name();
    }

    /** A relative path against the repository root: the working directory, or its parent when run from a module. */
    static Path resolve(String path) {
        Path p = Path.of(path);
        if (p.isAbsolute()) {
            return p;
        }
        Path cwd = Path.of("").toAbsolutePath();
        return Files.exists(cwd.resolve("mvnw")) || cwd.getParent() == null
                ? cwd.resolve(p)
                : cwd.getParent().resolve(p);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BuildLanguageModel()).execute(args));
    }
}
