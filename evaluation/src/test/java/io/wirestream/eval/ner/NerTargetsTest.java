package io.wirestream.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wirestream.enrichment.ner.NerModel;
import io.wirestream.enrichment.ner.NerTagger;
import io.wirestream.enrichment.ner.TaggedSentence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scores the bundled Arabic and English models on their test splits (gold tokens, tagged in document blocks as
 * {@code EvaluateNer --all} does) so a change that makes them worse fails the build; skipped when the shared data is
 * missing. English holds issue 5's target (0.88); Arabic's floors are the shipped model's scores rounded down, short
 * of the target of 0.75 with PER and ORG at 0.65 (the model with article-keeping base-form features and
 * feature-subspace ensemble members, November 2026: 0.717 overall, PER 0.719, ORG 0.538, LOC 0.865; before it the
 * ensemble model had 0.708, PER 0.711, ORG 0.529, LOC 0.853).
 */
class NerTargetsTest {

    private static List<List<TaggedSentence>> test(String lang, String file) {
        Path root = NerCorpora.locate(NerCorpora.DEFAULT_DATA);
        assumeTrue(root != null, "shared NER data not found; skipping");
        Path path = root.resolve("ner").resolve(lang).resolve(file);
        assumeTrue(Files.isRegularFile(path), "no " + path);
        return NerCorpora.readDocuments(path);
    }

    private static NerModel model(String lang) {
        NerModel model = NerTagger.load(List.of(lang)).model(lang);
        assertThat(model).as("bundled %s model", lang).isNotNull();
        return model;
    }

    @Test
    void shouldBeatTheOpenNlpBaselineWhenTaggingArabicAnercorpTest() {
        SpanScore score = NerEvaluation.goldTokens(model("ar"), test("ar", "anercorp/test.conll"));

        assertThat(score.overall().f1()).isGreaterThanOrEqualTo(ArabicFloor.ALL);
        assertThat(score.of("PER").f1()).isGreaterThanOrEqualTo(ArabicFloor.PER);
        assertThat(score.of("ORG").f1()).isGreaterThanOrEqualTo(ArabicFloor.ORG);
        assertThat(score.of("LOC").f1()).isGreaterThanOrEqualTo(ArabicFloor.LOC);
    }

    @Test
    void shouldBeatTheOpenNlpBaselineWhenTaggingEnglishConllTestb() {
        SpanScore score = NerEvaluation.goldTokens(model("en"), test("en", "conll2003/test.conll"));

        assertThat(score.overall().f1()).isGreaterThanOrEqualTo(EnglishFloor.ALL);
    }

    @Test
    void shouldScoreCloseToGoldTokensWhenUsingTheRealTokenizerOnEnglish() {
        List<List<TaggedSentence>> sentences = test("en", "conll2003/test.conll");

        double real = NerEvaluation.realText(NerTagger.load(List.of("en")), "en", sentences)
                .overall()
                .f1();

        assertThat(real).isGreaterThanOrEqualTo(EnglishFloor.ALL - 0.02);
    }

    private static final class ArabicFloor {
        static final double ALL = 0.71;
        static final double PER = 0.71;
        static final double ORG = 0.53;
        static final double LOC = 0.86;
    }

    private static final class EnglishFloor {
        static final double ALL = 0.88;
    }
}
