package io.wirestream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.lang.LanguageSegment;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageViewTest {

    @Test
    void shouldLeaveShortParagraphsAloneWhenNothingExceedsTheCap() {
        String text = "one paragraph\n\ntwo paragraph";
        LanguageView view = LanguageView.of(text, 100);

        assertThat(view.view()).isEqualTo(text);
        assertThat(view.isCut()).isFalse();
    }

    @Test
    void shouldCutLongParagraphsAndMapSegmentsBackWhenParagraphExceedsCap() {
        String text = "short\n\n" + "x".repeat(50) + "\n\nتمام";
        LanguageView view = LanguageView.of(text, 10);

        assertThat(view.view()).isEqualTo("short\n\n" + "x".repeat(10) + "\n\nتمام");
        List<LanguageSegment> mapped =
                view.toText(List.of(new LanguageSegment("en", 0, 17, 0.9), new LanguageSegment("ar", 19, 23, 0.8)));
        assertThat(mapped)
                .containsExactly(new LanguageSegment("en", 0, 57, 0.9), new LanguageSegment("ar", 59, 63, 0.8));
        assertThat(text.substring(59, 63)).isEqualTo("تمام");
    }

    @Test
    void shouldMapSegmentInsideCutParagraphToItsRealStart() {
        String text = "a".repeat(30) + "\n\n" + "b".repeat(30);
        LanguageView view = LanguageView.of(text, 10);

        List<LanguageSegment> mapped =
                view.toText(List.of(new LanguageSegment("en", 0, 10, 1), new LanguageSegment("de", 12, 22, 1)));

        assertThat(mapped).containsExactly(new LanguageSegment("en", 0, 30, 1), new LanguageSegment("de", 32, 62, 1));
    }
}
