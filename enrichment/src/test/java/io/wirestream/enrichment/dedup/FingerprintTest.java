package io.wirestream.enrichment.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final String STORY =
            "Water ministers from Egypt, Ethiopia and Sudan met in Geneva on Wednesday for a new "
                    + "round of talks on the management of the Nile, officials said. The United Nations hosted the meeting, which "
                    + "followed months of stalled negotiations. A spokesperson said the delegations had agreed to meet again in Cairo.";

    @Test
    void shouldBeIdenticalWhenTextDiffersOnlyInCaseAndSpacing() {
        Fingerprint a = Fingerprint.of("Talks", STORY);
        Fingerprint b =
                Fingerprint.of("TALKS", STORY.toUpperCase(java.util.Locale.ROOT).replace(" ", "  "));

        assertThat(a).isEqualTo(b);
        assertThat(a.similarity(b)).isEqualTo(1.0);
    }

    @Test
    void shouldScoreHighAndShareBandWhenCopyIsLightlyEdited() {
        Fingerprint original = Fingerprint.of("Ministers meet in Geneva", STORY);
        Fingerprint copy = Fingerprint.of(
                "Nile talks resume in Geneva",
                STORY.replace("officials said", "diplomats said").replace("Wednesday", "Wednesday morning") + " (AFP)");

        assertThat(original.similarity(copy)).isBetween(0.6, 0.99);
        Set<String> bands = new HashSet<>(Arrays.asList(original.bandKeys(16)));
        assertThat(copy.bandKeys(16)).anyMatch(bands::contains);
    }

    @Test
    void shouldScoreLowAndShareNoBandWhenStoriesDiffer() {
        Fingerprint a = Fingerprint.of("Talks", STORY);
        Fingerprint b = Fingerprint.of(
                "Summit",
                "The heads of government of Austria, Hungary and Slovakia met in Vienna on "
                        + "Monday to discuss transport projects. A new rail link between Vienna and Budapest is due by 2030.");

        assertThat(a.similarity(b)).isLessThan(0.2);
        Set<String> bands = new HashSet<>(Arrays.asList(a.bandKeys(16)));
        assertThat(b.bandKeys(16)).noneMatch(bands::contains);
    }

    @Test
    void shouldRoundTripWhenSerialized() {
        Fingerprint a = Fingerprint.of("", "إسرائيل وأذربيجان توقعان مذكرة تفاهم");

        assertThat(Fingerprint.fromBytes(a.toBytes())).isEqualTo(a);
    }

    @Test
    void shouldNotFailWhenTextIsEmptyOrShort() {
        assertThat(Fingerprint.of("", "").similarity(Fingerprint.of("", ""))).isEqualTo(1.0);
        assertThat(Fingerprint.of("", "one").bandKeys(16)).hasSize(16);
    }
}
