package io.wirestream.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewServerTest {

    private static final Instant NOW = Instant.parse("2026-02-04T12:00:30Z");

    @TempDir
    static Path stateDir;

    private static ViewDriver driver;
    private static ViewServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        driver = new ViewDriver(ViewOptions.defaults(), stateDir);
        int second = 0;
        for (String id : SampleArticles.enriched().keySet().stream().sorted().toList()) {
            driver.pipe(id, NOW.minusSeconds(20 - second++));
        }
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        server = ViewServer.start(
                "127.0.0.1",
                0,
                ClusterQueries.alone(new NewsroomQueries(driver.stores(), clock), clock),
                () -> "RUNNING",
                5);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (driver != null) {
            driver.close();
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldListTheLatestArticlesWithEntityChipsWhenTheIndexIsRequested() throws Exception {
        HttpResponse<String> index = get("/");

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(index.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "script-src 'self'"));
        assertThat(index.body())
                .contains(
                        "<body data-refresh=\"5\">",
                        "href=\"/article/e0b798d0f20a28bd\"",
                        "class=\"chip chip-person\" dir=\"auto\" href=\"/entity/per:benjamin-netanyahu\"",
                        "Benjamin Netanyahu <span class=\"n\">"
                                + SampleArticles.mentions(SampleArticles.ARABIC, "per:benjamin-netanyahu")
                                        .size() + "</span>",
                        "alaraby.co.uk",
                        "Gipfeltreffen in Wien");
        assertThat(index.body().indexOf("sample-ru-004"))
                .isLessThan(index.body().indexOf("e0b798d0f20a28bd"));
    }

    @Test
    void shouldRenderTheArabicArticleWithHighlightsAndRtlParagraphsWhenItsPageIsRequested() throws Exception {
        HttpResponse<String> page = get("/article/e0b798d0f20a28bd");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "<p dir=\"rtl\" lang=\"ar\">",
                        "data-canonical-id=\"loc:baku\"",
                        "href=\"/entity/per:benjamin-netanyahu\"",
                        "Cleaning report",
                        "credit-line",
                        "Provenance",
                        "الأناضول",
                        "Prime Minister of Israel");
        assertThat(get("/article/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldShowMentionsInEveryScriptWhenAnEntityPageIsRequested() throws Exception {
        HttpResponse<String> page = get("/entity/per%3Abenjamin-netanyahu");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        ">نتنياهو</a>",
                        ">Netanyahu</a>",
                        "data-script=\"Arabic\"",
                        "data-script=\"Latin\"",
                        "href=\"/article/e0b798d0f20a28bd#m-"
                                + SampleArticles.mentions(SampleArticles.ARABIC, "per:benjamin-netanyahu").stream()
                                        .filter(e -> e.getText().equals("Netanyahu"))
                                        .findFirst()
                                        .orElseThrow()
                                        .getStart()
                                + "\"");
        assertThat(get("/entity/loc:baku").body()).contains(">باكو</a>", ">Баку</a>");
        assertThat(get("/entity/per:nobody").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldDrawTrendingSparklinesAndStatsWhenRequested() throws Exception {
        HttpResponse<String> trending = get("/trending?window=day");
        HttpResponse<String> stats = get("/stats");

        assertThat(trending.statusCode()).isEqualTo(200);
        assertThat(trending.body())
                .contains("aria-current=\"page\">last day", "<svg class=\"spark\"", "href=\"/entity/loc:baku\"");
        assertThat(get("/trending?window=week").statusCode()).isEqualTo(400);
        assertThat(stats.statusCode()).isEqualTo(200);
        assertThat(stats.body())
                .contains("articles/s over the last minute", ">5</div><div class=\"label\">articles enriched");
    }

    @Test
    void shouldAnswerJsonWhenTheApiIsRequested() throws Exception {
        JsonNode articles =
                JsonSerde.MAPPER.readTree(get("/api/articles?limit=2").body());
        JsonNode article =
                JsonSerde.MAPPER.readTree(get("/api/article/e0b798d0f20a28bd").body());
        JsonNode entity = JsonSerde.MAPPER.readTree(get("/api/entity/loc:baku").body());
        JsonNode trending =
                JsonSerde.MAPPER.readTree(get("/api/trending?window=hour").body());
        JsonNode stats = JsonSerde.MAPPER.readTree(get("/api/stats").body());

        assertThat(articles).hasSize(2);
        assertThat(article.get("language").asText()).isEqualTo("ar");
        assertThat(article.get("receivedAt").asText()).endsWith("Z");
        assertThat(entity.get("scripts").has("Cyrillic")).isTrue();
        assertThat(trending.get("byType")
                        .get("PERSON")
                        .get(0)
                        .get("canonicalId")
                        .asText())
                .isEqualTo("per:benjamin-netanyahu");
        assertThat(trending.get("byType").get("PERSON").get(0).get("series")).hasSize(60);
        assertThat(stats.get("totalArticles").asLong()).isEqualTo(5);
        assertThat(get("/api/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldServeAssetsAndRefuseOtherMethodsWhenRequested() throws Exception {
        assertThat(get("/static/view.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(get("/static/view.js").body()).contains("data-refresh");
        assertThat(get("/static/../pom.xml").statusCode()).isEqualTo(404);
        HttpResponse<String> post = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                        .POST(HttpRequest.BodyPublishers.ofString("x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void shouldDecodePercentEncodedPathsAsUtf8WhenPlusSignsStayLiteral() {
        assertThat(ViewServer.decodePath("per%3Ab%C3%BCrger+x%2")).isEqualTo("per:bürger+x%2");
        assertThat(ViewServer.query("window=day&limit=3&q=a+b%20c"))
                .containsEntry("window", "day")
                .containsEntry("q", "a b c");
        assertThat(Html.entityHref("loc:são paulo+x")).isEqualTo("/entity/loc:s%C3%A3o%20paulo%2Bx");
    }
}
