package io.wirestream.enrichment.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.entity.EntityMention;
import io.wirestream.enrichment.entity.EntityType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NerTrainerTest {

    private static final List<String> PEOPLE =
            List.of("Alice Smith", "Bob Jones", "Carol White", "Dan Brown", "Eve Black");
    private static final List<String> PLACES = List.of("Paris", "Berlin", "Cairo", "Lima", "Oslo");

    private static List<TaggedSentence> corpus() {
        List<TaggedSentence> out = new ArrayList<>();
        for (int i = 0; i < PEOPLE.size(); i++) {
            for (int j = 0; j < PLACES.size(); j++) {
                List<String> tokens = new ArrayList<>();
                List<String> tags = new ArrayList<>();
                String[] name = PEOPLE.get(i).split(" ");
                tokens.add(name[0]);
                tags.add("B-PER");
                tokens.add(name[1]);
                tags.add("I-PER");
                for (String w : (j % 2 == 0 ? "flew to" : "arrived in").split(" ")) {
                    tokens.add(w);
                    tags.add("O");
                }
                tokens.add(PLACES.get(j));
                tags.add("B-LOC");
                tokens.add(".");
                tags.add("O");
                out.add(new TaggedSentence(tokens, tags));
            }
        }
        return out;
    }

    private static NerModel train() {
        NerTrainer.Config config = NerTrainer.Config.defaults("en")
                .withClusters(4, 2, 3)
                .withEpochs(5)
                .withBilou(true);
        List<List<String>> unlabeled = List.of(List.of("We", "flew", "to", "Rome", "."));
        return new NerTrainer(config, new PrintWriter(new StringWriter()))
                .train(corpus(), unlabeled, Map.of(NerTrainer.gazetteerKey("Rome"), NerTrainer.COUNTRY));
    }

    private static byte[] bytes(NerModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    @Test
    void shouldTagSeenNamesInNewSentencesWhenTrainedOnTinyCorpus() {
        NerModel model = train();

        List<NerModel.Mention> mentions = model.tag(List.of("Carol", "White", "flew", "to", "Oslo", "."));

        assertThat(mentions)
                .extracting(NerModel.Mention::start, NerModel.Mention::end, NerModel.Mention::typeCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, 2, "PER"),
                        org.assertj.core.groups.Tuple.tuple(4, 5, "LOC"));
        assertThat(mentions).allSatisfy(m -> assertThat(m.confidence()).isBetween(0.0, 1.0));
    }

    @Test
    void shouldWriteIdenticalBytesWhenTrainedTwice() throws IOException {
        assertThat(bytes(train())).isEqualTo(bytes(train()));
    }

    @Test
    void shouldTagTheSameAfterReadingWhatWasWritten() throws IOException {
        NerModel model = train();
        NerModel read = NerModel.read(new ByteArrayInputStream(bytes(model)));
        List<String> sentence = List.of("Eve", "Black", "arrived", "in", "Lima", ".");

        assertThat(read.tag(sentence)).isEqualTo(model.tag(sentence));
        assertThat(bytes(read)).isEqualTo(bytes(model));
    }

    @Test
    void shouldNeverTagThatTypeWhenItsBiasIsStronglyNegative() {
        NerModel model = train();
        List<String> sentence = List.of("Carol", "White", "flew", "to", "Oslo", ".");

        List<NerModel.Mention> unbiased = model.withTypeBias(Map.of()).tag(sentence);
        List<NerModel.Mention> noPlaces =
                model.withTypeBias(Map.of("LOC", -1000.0)).tag(sentence);

        assertThat(unbiased).isEqualTo(model.tag(sentence));
        assertThat(noPlaces).extracting(NerModel.Mention::typeCode).doesNotContain("LOC");
        assertThat(noPlaces)
                .extracting(NerModel.Mention::start, NerModel.Mention::end, NerModel.Mention::typeCode)
                .contains(org.assertj.core.groups.Tuple.tuple(0, 2, "PER"));
    }

    private static NerModel trainTwoPass() {
        NerTrainer.Config config = NerTrainer.Config.defaults("en")
                .withClusters(4, 2, 3)
                .withEpochs(5)
                .withBilou(true)
                .withFolds(3);
        List<List<TaggedSentence>> documents = new ArrayList<>();
        List<TaggedSentence> sentences = corpus();
        for (int i = 0; i < sentences.size(); i += 5) {
            documents.add(sentences.subList(i, Math.min(sentences.size(), i + 5)));
        }
        return new NerTrainer(config, new PrintWriter(new StringWriter()))
                .trainDocuments(documents, List.of(List.of("We", "flew", "to", "Rome", ".")), Map.of());
    }

    @Test
    void shouldTagDocumentsAndRoundTripWhenTrainedWithTwoPasses() throws IOException {
        NerModel model = trainTwoPass();
        List<List<String>> document = List.of(
                List.of("Carol", "White", "flew", "to", "Oslo", "."), List.of("White", "arrived", "in", "Lima", "."));

        List<List<NerModel.Mention>> tagged = model.tagDocument(document);
        NerModel read = NerModel.read(new ByteArrayInputStream(bytes(model)));

        assertThat(model.twoPass()).isTrue();
        assertThat(tagged.get(0))
                .extracting(NerModel.Mention::start, NerModel.Mention::end, NerModel.Mention::typeCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, 2, "PER"),
                        org.assertj.core.groups.Tuple.tuple(4, 5, "LOC"));
        assertThat(read.tagDocument(document)).isEqualTo(tagged);
        assertThat(bytes(read)).isEqualTo(bytes(model));
        assertThat(bytes(trainTwoPass())).isEqualTo(bytes(model));
    }

    @Test
    void shouldReturnMentionsWithOffsetsIntoRawTextWhenTaggingThroughTagger() {
        NerTagger tagger = NerTagger.of(Map.of("en", train()));
        String text = "\n  Bob Jones flew to Cairo.";

        List<EntityMention> mentions = tagger.tag(text, "en-US");

        assertThat(mentions)
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Bob Jones", EntityType.PERSON),
                        org.assertj.core.groups.Tuple.tuple("Cairo", EntityType.LOCATION));
        assertThat(mentions)
                .allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
        assertThat(tagger.tag(text, "xx")).isEmpty();
        assertThat(tagger.tag(text, null)).isEmpty();
    }
}
