package io.wirestream.enrichment.langid;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.lang.DetectedLanguage;
import io.wirestream.enrichment.lang.LanguageSegment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NgramLanguageDetectorTest {

    static final NgramLanguageDetector DETECTOR = NgramLanguageDetector.loadDefault();

    @Test
    void shouldKnowAnOpenSetOfLanguagesWhenLoaded() {
        assertThat(DETECTOR.languages())
                .hasSizeGreaterThanOrEqualTo(85)
                .contains(
                        "ar", "fa", "ur", "ps", "ckb", "he", "tr", "az", "kk", "uz", "ru", "uk", "zh", "ja", "ko", "hi",
                        "bn", "id", "ms", "sw", "am", "en", "fr", "de", "es", "pt", "it");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "😀😀🎉",
                "12345 678",
                "https://example.com/a/b?c=d",
                "@IsraeliPM #AI",
                "2026-02-03 — 71%",
                "www.example.org",
                "mail@example.com 🙂"
            })
    void shouldReturnUndWhenTextHasNoLinguisticContent(String text) {
        assertThat(DETECTOR.detect(text)).isEqualTo(DetectedLanguage.UNDETERMINED);
        assertThat(DETECTOR.segment(text))
                .singleElement()
                .extracting(LanguageSegment::language)
                .isEqualTo("und");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\n\t"})
    void shouldReturnNoSegmentsWhenTextIsBlank(String text) {
        assertThat(DETECTOR.segment(text)).isEmpty();
        assertThat(DETECTOR.detect(text)).isEqualTo(DetectedLanguage.UNDETERMINED);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ar|وقّعت إسرائيل وأذربيجان اليوم الثلاثاء مذكرة تفاهم للتعاون في مجال الذكاء الاصطناعي",
                "fa|رئیس جمهور ایران امروز در سفر به مسکو با همتای روسی خود دیدار و گفتگو کرد",
                "ur|پاکستان کے وزیر اعظم نے آج اسلام آباد میں ایک اہم اجلاس کی صدارت کی",
                "ps|د کابل ښار ټول خلک نن په ډېر شمېر سړکونو ته راووتل",
                "ckb|سەرۆکی هەرێمی کوردستان ئەمڕۆ لە هەولێر کۆبوونەوەیەکی ئەنجامدا",
                "ru|Президент России провёл совещание с членами правительства в Москве",
                "uk|Президент України провів нараду з членами уряду в Києві сьогодні",
                "kk|Қазақстан Президенті бүгін Астанада үкімет отырысын өткізді",
                "tr|Cumhurbaşkanı bugün Ankara'da bir basın toplantısı düzenledi ve açıklama yaptı",
                "az|Prezident bu gün Bakıda mətbuat konfransı keçirdi və bəyanat verdi",
                "en|Israel and Azerbaijan signed a memorandum of understanding on artificial intelligence",
                "fr|Le président a annoncé mardi une nouvelle réforme des retraites",
                "de|Die Bundesregierung hat am Dienstag neue Maßnahmen beschlossen",
                "es|El gobierno aprobó el martes un nuevo paquete de medidas económicas",
                "pt|O governo aprovou na terça-feira um novo pacote de medidas económicas",
                "id|Pemerintah Indonesia mengumumkan kebijakan baru untuk mengurangi harga bahan bakar",
                "zh|习近平主席今天在北京会见了来访的外国领导人",
                "ja|東京で記者会見が開かれ、首相は新しい政策を発表した",
                "ko|대통령은 오늘 서울에서 기자회견을 열었다",
                "he|ראש הממשלה נפגש היום עם נשיא ארצות הברית",
                "el|Ο πρωθυπουργός συναντήθηκε σήμερα με τον πρόεδρο",
                "hi|प्रधानमंत्री ने आज नई दिल्ली में एक महत्वपूर्ण बैठक की अध्यक्षता की",
                "am|የኢትዮጵያ ጠቅላይ ሚኒስትር ዛሬ በአዲስ አበባ መግለጫ ሰጡ",
            })
    void shouldDetectLanguageWhenGivenASentence(String expected, String text) {
        DetectedLanguage detected = DETECTOR.detect(text);

        assertThat(detected.language()).isEqualTo(expected);
        assertThat(detected.confidence()).isGreaterThan(0.5);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Netanyahu welcomes Azerbaijani minister",
                "en|Oil prices fall as demand weakens",
                "fr|La Bourse de Paris termine en baisse",
                "de|Regierung plant neue Steuerreform",
                "es|El Gobierno aprueba los presupuestos",
                "ru|Путин провёл переговоры с Алиевым",
                "uk|Зеленський зустрівся з прем'єр-міністром",
                "tr|Erdoğan yarın Bakü'ye gidiyor",
                "az|Əliyev İsrailin baş nazirini qəbul edib",
                "ar|نتنياهو يستقبل وزيرا أذربيجانيا",
                "fa|وزیر خارجه ایران به باکو رفت",
                "ur|وزیر اعظم نے کابینہ کا اجلاس طلب کر لیا",
            })
    void shouldDetectShortTitlesWhenTheyAreAHeadline(String expected, String title) {
        assertThat(DETECTOR.detect(title).language()).isEqualTo(expected);
    }

    @Test
    void shouldTellArabicPersianAndUrduApartWhenTheyShareTheScript() {
        assertThat(DETECTOR.detect("قال المتحدث باسم الحكومة إن المحادثات ستستمر الأسبوع المقبل")
                        .language())
                .isEqualTo("ar");
        assertThat(DETECTOR.detect("سخنگوی دولت گفت که گفتگوها هفته آینده ادامه خواهد یافت")
                        .language())
                .isEqualTo("fa");
        assertThat(DETECTOR.detect("حکومت کے ترجمان نے کہا کہ مذاکرات اگلے ہفتے جاری رہیں گے")
                        .language())
                .isEqualTo("ur");
    }

    @Test
    void shouldTellTurkishFromAzerbaijaniWhenTheyShareMostWords() {
        assertThat(DETECTOR.detect("Dışişleri Bakanı bugün Bakü'de mevkidaşıyla görüştü")
                        .language())
                .isEqualTo("tr");
        assertThat(DETECTOR.detect("Xarici işlər naziri bu gün Bakıda həmkarı ilə görüşüb")
                        .language())
                .isEqualTo("az");
    }

    @Test
    void shouldTellRussianFromUkrainianWhenTheyShareTheScript() {
        assertThat(DETECTOR.detect("Министр иностранных дел заявил, что переговоры продолжатся")
                        .language())
                .isEqualTo("ru");
        assertThat(DETECTOR.detect("Міністр закордонних справ заявив, що переговори триватимуть")
                        .language())
                .isEqualTo("uk");
    }

    @Test
    void shouldLetAHintTipACloseCallButNotOverrideClearEvidence() {
        String ambiguous = "Sri Lanka";
        String withoutHint = DETECTOR.detect(ambiguous).language();
        String other = withoutHint.equals("id") ? "ms" : "id";
        assertThat(DETECTOR.detect(ambiguous, other).language()).isEqualTo(other);

        String english = "The minister said the talks would continue next week in Brussels";
        assertThat(DETECTOR.detect(english, "fr").language()).isEqualTo("en");
    }

    @Test
    void shouldFindTheEmbeddedEnglishTweetWhenSegmentingTheArabicSample() throws IOException {
        String text = resource("/langid/000_e0b798d0f20a28bd.txt");
        int tweetStart = text.indexOf("Israel and Azerbaijan signed");
        int tweetEnd = text.indexOf('\n', tweetStart);

        List<LanguageSegment> segments = DETECTOR.segment(text);

        assertThat(segments).extracting(LanguageSegment::language).containsExactly("ar", "en", "ar");
        assertThat(segments.get(1).start()).isEqualTo(tweetStart);
        assertThat(segments.get(1).end()).isEqualTo(tweetEnd);
        assertThat(DETECTOR.detect(text).language()).isEqualTo("ar");
    }

    @Test
    void shouldKeepOneFrenchRunWhenAParagraphQuotesShortEnglish() {
        String text = "Le ministre a répondu « No comment » aux journalistes avant de quitter la salle. "
                + "Il a ensuite déclaré : \"We will win.\" Puis il est parti sans ajouter un mot.\n\n"
                + "La réunion reprendra demain matin à Bruxelles, selon son porte-parole.";

        List<LanguageSegment> segments = DETECTOR.segment(text);

        assertThat(segments).singleElement().satisfies(s -> {
            assertThat(s.language()).isEqualTo("fr");
            assertThat(s.start()).isZero();
            assertThat(s.end()).isEqualTo(text.length());
        });
    }

    @Test
    void shouldSplitAtTheSentenceWhereAParagraphSwitchesLanguage() {
        String french = "Le gouvernement a présenté mardi un nouveau plan pour réduire la dette publique.";
        String german = "Die Opposition kritisierte den Plan als unzureichend und forderte weitere Reformen.";
        String text = french + " " + german;

        List<LanguageSegment> segments = DETECTOR.segment(text);

        assertThat(segments).extracting(LanguageSegment::language).containsExactly("fr", "de");
        assertThat(segments.get(0).end()).isEqualTo(french.length());
        assertThat(segments.get(1).start()).isEqualTo(french.length() + 1);
    }

    @Test
    void shouldMergeAdjacentParagraphsWhenTheyShareALanguage() {
        String text =
                "First paragraph about the summit in Baku.\n\nSecond paragraph, also in English, about the talks.";

        assertThat(DETECTOR.segment(text))
                .singleElement()
                .extracting(LanguageSegment::language)
                .isEqualTo("en");
    }

    @Test
    void shouldJoinALetterlessParagraphToItsNeighbourWhenSegmenting() {
        String text = "Die Regierung hat am Dienstag neue Maßnahmen beschlossen.\n\n2026-02-03 — 71 %\n\n"
                + "Die Opposition kritisierte die Pläne scharf.";

        assertThat(DETECTOR.segment(text))
                .singleElement()
                .extracting(LanguageSegment::language)
                .isEqualTo("de");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = NgramLanguageDetectorTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
