package io.wirestream.enrichment.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SpellingsTest {

    @Property(tries = 200)
    void shouldAnswerLikeMapWhenAskedAnyKey(@ForAll Map<String, String> map, @ForAll String probe) {
        Spellings spellings = Spellings.of(map);

        assertThat(spellings.size()).isEqualTo(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            assertThat(spellings.get(e.getKey())).isEqualTo(e.getValue());
        }
        assertThat(spellings.get(probe)).isEqualTo(map.get(probe));
    }

    @Test
    void shouldVisitEntriesInKeyOrderWhenIterated() {
        Map<String, String> map = new TreeMap<>(Map.of("نبييف", "nabiyev", "ايريز", "erez", "", "empty", "a", ""));
        Map<String, String> seen = new LinkedHashMap<>();

        Spellings.of(map).forEach(seen::put);

        assertThat(seen).containsExactlyEntriesOf(map);
        assertThat(Spellings.of(Map.of()).get("x")).isNull();
    }
}
