package io.wirestream.eval.ner;

import io.wirestream.enrichment.ner.NerTrainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gazetteer flags for a language's model from the public name lists in {@code ../shared/data/names}: country
 * names in that language (CLDR via umpirsky, mledoze; both MIT/ODbL), first and last names of 70k people
 * (Wikidata, CC0) for Latin-script languages and Hebrew, and Wikidata name words for Arabic script (Arabic,
 * Persian, Urdu), Russian and Hebrew. The flags become features; the trainer turns off a flag on words the
 * training data shows are usually not names.
 */
final class NameLists {

    private static final Set<String> LATIN = Set.of("en", "de", "fr", "nl", "es", "pt", "tr", "az", "id");

    private NameLists() {}

    static Map<String, Integer> flags(Path dataRoot, String lang) {
        Map<String, Integer> flags = new HashMap<>();
        if (lang.equals("zh")) {
            return flags; // character-level models: word lists do not apply
        }
        Path names = dataRoot.resolve("names");
        for (String file : List.of("countries_cldr_umpirsky.tsv", "countries_mledoze.tsv")) {
            for (String[] row : rows(names.resolve(file))) {
                boolean capital = row[3].equals("capital") && LATIN.contains(lang);
                if (!row[1].equals(lang) && !capital) {
                    continue;
                }
                String[] words = row[2].split("\\s+");
                for (String w : words) {
                    if (w.length() >= 3 || words.length == 1) {
                        add(flags, w, words.length == 1 ? NerTrainer.COUNTRY : NerTrainer.COUNTRY_PART);
                    }
                }
            }
        }
        if (lang.equals("ar")) {
            curated(flags, "organizations.tsv", NerTrainer.ORGANIZATION, NerTrainer.ORGANIZATION_PART);
            curated(flags, "places.tsv", NerTrainer.COUNTRY, NerTrainer.COUNTRY_PART);
        }
        String fullNames = LATIN.contains(lang) ? "en" : lang.equals("he") ? "he" : null;
        if (fullNames != null) {
            for (String[] row : rows(names.resolve("persons_wikidata_en_he_full.tsv"))) {
                if (!row[1].equals(fullNames)) {
                    continue;
                }
                String[] words = row[2].split("\\s+");
                if (words.length >= 2) {
                    add(flags, words[0], NerTrainer.FIRST_NAME);
                    add(flags, words[words.length - 1], NerTrainer.LAST_NAME);
                }
            }
        }
        String tokenFile = switch (lang) {
            case "ar", "fa", "ur" -> "person_tokens_wikidata_en_ar.tsv";
            case "ru" -> "person_tokens_wikidata_en_ru.tsv";
            case "he" -> "person_tokens_wikidata_en_he.tsv";
            default -> null;
        };
        String tokenLang = lang.equals("fa") || lang.equals("ur") ? "ar" : lang;
        if (tokenFile != null) {
            for (String[] row : rows(names.resolve(tokenFile))) {
                if (row[1].equals(tokenLang)) {
                    add(flags, row[2], NerTrainer.NAME_TOKEN);
                }
            }
        }
        if (lang.equals("en")) {
            for (String file : List.of("person_tokens_wikidata_en_ar.tsv", "person_tokens_wikidata_en_ru.tsv")) {
                for (String[] row : rows(names.resolve(file))) {
                    if (row[1].equals("en")) {
                        add(flags, row[2], NerTrainer.NAME_TOKEN);
                    }
                }
            }
        }
        return flags;
    }

    /**
     * Arabic names of the project's curated gazetteer (enrichment resources, this repository's license): a one-word
     * name gets {@code whole}, each word of a longer name {@code part}. Measured for Arabic only.
     */
    private static void curated(Map<String, Integer> flags, String file, int whole, int part) {
        String resource = "/io/wirestream/enrichment/gazetteer/" + file;
        try (InputStream in = NameLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            int column = -1;
            for (String line : lines) {
                String[] cells = line.split("\t", -1);
                if (line.startsWith("#")) {
                    continue;
                }
                if (column < 0) {
                    column = List.of(cells).indexOf("ar");
                    continue;
                }
                if (column >= cells.length || cells[column].isBlank()) {
                    continue;
                }
                for (String name : cells[column].split("\\|")) {
                    String[] words = name.strip().split("\\s+");
                    for (String w : words) {
                        add(flags, w, words.length == 1 ? whole : part);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(Map<String, Integer> flags, String word, int flag) {
        String key = NerTrainer.gazetteerKey(word.strip());
        if (key.length() >= 2) {
            flags.merge(key, flag, (a, b) -> a | b);
        }
    }

    private static List<String[]> rows(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .skip(1)
                    .map(l -> l.split("\t", -1))
                    .filter(f -> f.length >= 4)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
