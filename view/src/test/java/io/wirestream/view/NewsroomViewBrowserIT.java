package io.wirestream.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wirestream.enrichment.Enricher;
import io.wirestream.local.LocalRuntime;
import io.wirestream.producer.ArticlePublisher;
import io.wirestream.producer.ProducerSettings;
import io.wirestream.producer.PublishSummary;
import io.wirestream.streams.EnrichmentProcessor;
import io.wirestream.streams.TopicSetup;
import io.wirestream.streams.Topics;
import io.wirestream.streams.config.ProcessorSettings;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The newsroom view in a real headless Chromium against the demo pipeline: a local broker and registry,
 * the sample articles through the producer and the streams processor, the view on a free port. It loads
 * the list, opens the Arabic sample, checks that its Arabic paragraphs are laid out right to left and
 * that Netanyahu and Baku are highlighted, then follows Netanyahu to his entity page and checks that the
 * Arabic and English mentions are listed together. Screenshots go to {@code target/screenshots/}.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} (or {@code -Dchromium.binary} and
 * {@code -Dchromedriver.binary}); skipped when they are absent.
 */
class NewsroomViewBrowserIT {

    private static final String ARABIC = "e0b798d0f20a28bd";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path tmp;

    @Test
    void shouldShowTheArabicSampleRightToLeftWithEntitiesAndTheirMentionsAcrossScriptsWhenBrowsingTheDemo()
            throws Exception {
        File chromium = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
        assumeTrue(
                chromium.canExecute() && chromedriver.canExecute(),
                "no Chromium at " + chromium + " or no chromedriver at " + chromedriver
                        + " (apt-get install chromium chromium-driver)");
        Files.createDirectories(SCREENSHOTS);

        Enricher enricher = Enricher.loadDefault();
        try (LocalRuntime runtime = LocalRuntime.start()) {
            Topics topics = Topics.defaults().withPrefix("view-it.");
            Map<String, String> settings = settings(runtime, topics);
            ProcessorSettings processorSettings = ProcessorSettings.from(settings);
            TopicSetup.ensure(processorSettings.connection(), topics, 3, (short) -1);
            PublishSummary summary;
            try (ArticlePublisher publisher = new ArticlePublisher(ProducerSettings.from(settings))) {
                summary = publisher.publishFiles(List.of(SampleArticles.FILE), rejection -> {});
            }
            assertThat(summary.sent()).isEqualTo(5);

            try (EnrichmentProcessor processor = new EnrichmentProcessor(processorSettings, enricher);
                    NewsroomView view = new NewsroomView(ViewSettings.from(settings))) {
                processor.start();
                view.start();
                URI url = view.url();
                HttpClient http = HttpClient.newHttpClient();
                await().atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> {
                            HttpResponse<String> articles = http.send(
                                    HttpRequest.newBuilder(url.resolve("/api/articles"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                            return articles.statusCode() == 200
                                    && JsonSerde.MAPPER
                                                    .readTree(articles.body())
                                                    .size()
                                            == 5;
                        });
                browse(url, chromium, chromedriver);
            }
        }
    }

    private void browse(URI url, File chromium, File chromedriver) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")),
                "--window-size=1280,1600",
                "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            browser.get(url.toString());
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("ol.articles li.card"), 5));
            assertThat(browser.findElements(By.cssSelector("li.card[data-id='" + ARABIC + "'] a.chip.chip-person")))
                    .extracting(WebElement::getText)
                    .anyMatch(text -> text.startsWith("Benjamin Netanyahu"));
            screenshot(browser, "01-latest.png");

            browser.findElement(By.cssSelector("a.title[href='/article/" + ARABIC + "']"))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("text")));
            assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("إسرائيل وأذربيجان");
            List<WebElement> arabic = browser.findElements(By.cssSelector("#text p[lang='ar']"));
            assertThat(arabic)
                    .hasSizeGreaterThan(3)
                    .allSatisfy(p -> assertThat(p.getCssValue("direction")).isEqualTo("rtl"));
            assertThat(browser.findElements(By.cssSelector("#text p[lang='en']")))
                    .singleElement()
                    .satisfies(p -> assertThat(p.getCssValue("direction")).isEqualTo("ltr"));
            // laid out right to left: the first letter of the first paragraph sits at its right edge
            Object offset = ((JavascriptExecutor) browser).executeScript("""
                    const p = document.querySelector('#text p[lang="ar"]');
                    const range = document.createRange();
                    const node = p.firstChild;
                    range.setStart(node, 0); range.setEnd(node, 1);
                    return p.getBoundingClientRect().right - range.getBoundingClientRect().right;""");
            assertThat(((Number) offset).doubleValue()).isBetween(-1.0, 12.0);
            List<WebElement> netanyahu = browser.findElements(
                    By.cssSelector("#text a.ent.ent-person[data-canonical-id='per:benjamin-netanyahu']"));
            assertThat(netanyahu).extracting(WebElement::getText).contains("نتنياهو", "Netanyahu");
            assertThat(netanyahu).allSatisfy(a -> assertThat(a.isDisplayed()).isTrue());
            WebElement baku =
                    browser.findElement(By.cssSelector("#text a.ent.ent-location[data-canonical-id='loc:baku']"));
            assertThat(baku.getText()).isEqualTo("باكو");
            assertThat(baku.getCssValue("background-color")).isNotIn("rgba(0, 0, 0, 0)", "transparent");
            assertThat(netanyahu.get(0).getCssValue("background-color"))
                    .isNotEqualTo(baku.getCssValue("background-color"));
            screenshot(browser, "02-arabic-article.png");

            netanyahu.stream()
                    .filter(a -> a.getText().equals("نتنياهو"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.mentions")));
            assertThat(browser.getCurrentUrl()).endsWith("/entity/per:benjamin-netanyahu");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Benjamin Netanyahu");
            List<WebElement> mentions =
                    browser.findElements(By.cssSelector("table.mentions tr.mention td:first-child a"));
            assertThat(mentions).extracting(WebElement::getText).contains("نتنياهو", "Netanyahu");
            assertThat(browser.findElements(By.cssSelector("table.mentions tr.mention")))
                    .extracting(row -> row.getDomAttribute("data-script"))
                    .contains("Arabic", "Latin");
            screenshot(browser, "03-entity-netanyahu.png");

            browser.get(url.resolve("/trending?window=hour").toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.type-person svg.spark")));
            assertThat(browser.findElement(By.cssSelector("section.type-location"))
                            .getText())
                    .contains("Baku");
            screenshot(browser, "04-trending.png");

            browser.get(url.resolve("/stats").toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cards")));
            assertThat(browser.findElement(By.cssSelector(".cards")).getText()).contains("5\narticles enriched");
            screenshot(browser, "05-stats.png");
        } finally {
            browser.quit();
        }
    }

    private static void screenshot(ChromeDriver browser, String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private Map<String, String> settings(LocalRuntime runtime, Topics topics) {
        Map<String, String> settings = new TreeMap<>();
        settings.put("bootstrap.servers", runtime.bootstrapServers());
        settings.put("schema.registry.url", runtime.schemaRegistryUrl());
        settings.put("application.id", "view-it-processor");
        settings.put("view.application.id", "view-it-view");
        settings.put("view.port", "0");
        settings.put("view.refresh.seconds", "0");
        settings.put("state.dir", tmp.resolve("state").toString());
        settings.put("topic.raw", topics.raw());
        settings.put("topic.enriched", topics.enriched());
        settings.put("topic.dead-letter", topics.deadLetter());
        settings.put("topic.duplicates", topics.duplicates());
        settings.put("kafka.commit.interval.ms", "100");
        return settings;
    }
}
