package io.wirestream.enrichment.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicCliticsTest {

    private static Lexicon lexicon(String... wordsWithCounts) {
        LongIntMap map = new LongIntMap(16);
        for (int i = 0; i < wordsWithCounts.length; i += 2) {
            int freq = Integer.parseInt(wordsWithCounts[i + 1]);
            map.put(
                    LongIntMap.key(TokenForms.hash(TokenForms.norm(wordsWithCounts[i]))),
                    Lexicon.pack(-1, -1, 0, freq, 0));
        }
        return new Lexicon(map);
    }

    @Test
    void shouldStripParticlesBeforeTheArticleWhenNoLexiconIsGiven() {
        assertThat(ArabicClitics.baseForm("بالقدس", null)).isEqualTo("القدس");
        assertThat(ArabicClitics.baseForm("والولايات", null)).isEqualTo("الولايات");
        assertThat(ArabicClitics.baseForm("للذكاء", null)).isEqualTo("الذكاء");
    }

    @Test
    void shouldStripPrepositionWhenTheLexiconKnowsTheStrippedWordBetter() {
        Lexicon lexicon = lexicon("إسرائيل", "8", "غزة", "6");
        assertThat(ArabicClitics.baseForm("لإسرائيل", lexicon)).isEqualTo("إسرائيل");
        assertThat(ArabicClitics.baseForm("وإسرائيل", lexicon)).isEqualTo("إسرائيل");
        assertThat(ArabicClitics.baseForm("بغزة", lexicon)).isEqualTo("غزة");
    }

    @Test
    void shouldKeepNamesThatStartWithParticleLettersWhenStrippedWordIsUnknown() {
        Lexicon lexicon = lexicon("بنيامين", "4", "لبنان", "9", "فرنسا", "7");
        assertThat(ArabicClitics.baseForm("بنيامين", lexicon)).isEqualTo("بنيامين");
        assertThat(ArabicClitics.baseForm("لبنان", lexicon)).isEqualTo("لبنان");
        assertThat(ArabicClitics.baseForm("فرنسا", lexicon)).isEqualTo("فرنسا");
        assertThat(ArabicClitics.baseForm("Paris", lexicon)).isEqualTo("Paris");
    }

    @Test
    void shouldStripConjunctionPrepositionAndArticleWhenBuildingFeatures() {
        assertThat(ArabicClitics.stripAll(TokenForms.norm("وبالقدس"))).isEqualTo("قدس");
        assertThat(ArabicClitics.stripAll(TokenForms.norm("للذكاء"))).isEqualTo("ذكاء");
        assertThat(ArabicClitics.stripAll("قدس")).isNull();
    }

    @Test
    void shouldKeepTheArticleWhenStrippingOnlyParticlesForFeatures() {
        assertThat(ArabicClitics.withoutParticles(TokenForms.norm("والسعودية"))).isEqualTo(TokenForms.norm("السعودية"));
        assertThat(ArabicClitics.withoutParticles(TokenForms.norm("للصومال"))).isEqualTo(TokenForms.norm("الصومال"));
        assertThat(ArabicClitics.withoutParticles(TokenForms.norm("بمراكش"))).isEqualTo("مراكش");
        assertThat(ArabicClitics.withoutParticles(TokenForms.norm("القدس"))).isNull();
    }
}
