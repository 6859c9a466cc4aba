package io.wirestream.enrichment.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.entity.EntityMention;
import io.wirestream.enrichment.entity.EntityType;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LinkingPropertyTest {

    private static final List<String> PIECES = List.of(
            "إسرائيل",
            "بالقدس",
            "نتنياهو",
            "بنيامين",
            "علييف",
            "إلهام",
            "Ilham",
            "Aliyev",
            "Netanyahu",
            "Benjamin",
            "Erez",
            "Askal",
            "Israel",
            "Москва",
            "России",
            "Путин",
            "以色列",
            "习近平",
            "Türkiye'nin",
            "נתניהו",
            " ",
            " ",
            " ",
            "\n",
            ".",
            ",",
            "-",
            "'",
            "\u064E",
            "İ",
            "ß",
            "😀",
            "12");

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(30).map(l -> String.join("", l));
        return Arbitraries.oneOf(pieces, pieces, Arbitraries.strings().all().ofMaxLength(60));
    }

    @Provide
    Arbitrary<String> language() {
        return Arbitraries.of("ar", "en", "ru", "tr", "zh", "he", "und").injectNull(0.1);
    }

    @Property(tries = 400)
    void shouldNeverChangeSpansOrLeaveIdsNullWhenTagging(
            @ForAll("text") String text, @ForAll("language") String language) {
        List<EntityMention> mentions = LinkedEntityTaggerTest.GAZETTEER_ONLY.tag(text, language);

        int previousEnd = 0;
        for (EntityMention m : mentions) {
            assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            assertThat(m.canonicalId()).isNotNull();
            previousEnd = m.end();
        }
    }

    @Property(tries = 400)
    void shouldKeepEverySpanWhenLinkingArbitraryMentions(
            @ForAll("text") String text, @ForAll("language") String language) {
        List<EntityMention> input = new ArrayList<>();
        EntityType[] types = EntityType.values();
        int k = 0;
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf(' ', start + 1);
            end = end < 0 ? text.length() : end;
            String surface = text.substring(start, end);
            if (!surface.isBlank()) {
                input.add(new EntityMention(
                        types[k++ % types.length],
                        surface,
                        start,
                        end,
                        surface.strip().isEmpty() ? surface : surface.strip(),
                        k % 3 == 0 ? "local:000000000000" : null,
                        null,
                        0.5));
            }
            start = end;
        }

        List<EntityMention> linked = EntityLinkerTest.LINKER.link(text, language, input);

        assertThat(linked).hasSameSizeAs(input);
        for (int i = 0; i < input.size(); i++) {
            EntityMention in = input.get(i);
            EntityMention out = linked.get(i);
            assertThat(out)
                    .extracting(
                            EntityMention::type,
                            EntityMention::text,
                            EntityMention::start,
                            EntityMention::end,
                            EntityMention::baseForm,
                            EntityMention::confidence)
                    .containsExactly(in.type(), in.text(), in.start(), in.end(), in.baseForm(), in.confidence());
            assertThat(out.canonicalId()).isNotNull();
        }
    }
}
