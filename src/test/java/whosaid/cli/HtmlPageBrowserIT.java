package whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the page {@code label --format html} writes for the seed passage in a real browser (headless Chromium,
 * from the file, nothing else running) and checks what the browser made of it: the document it built holds the
 * legend and every unit, in order, with the text and voice the CSV gives it. Skipped, with one line saying so,
 * where no Chromium is installed.
 */
class HtmlPageBrowserIT {
    private static final Path SEED = Path.of("data/passages/seed.txt");

    @TempDir
    Path tmp;

    private static Optional<String> chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Optional.of(Path.of(dir, name).toString());
                }
            }
        }
        return Optional.empty();
    }

    /** Text as a browser serializes it in a document: {@code & < >} and no-break spaces escaped. */
    private static String serialized(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;");
    }

    @Test
    void aBrowserShowsTheLegendAndEveryUnitOfTheSeed() throws Exception {
        Optional<String> browser = chromium();
        if (browser.isEmpty()) {
            String message = "SKIPPED HtmlPageBrowserIT: no chromium on PATH (apt-get install chromium to run it)";
            System.err.println(message);
            Assumptions.abort(message);
        }
        Path page = tmp.resolve("seed.html");
        CliRun html = CliRun.of("label", "--format", "html", "-o", page.toString(), SEED.toString());
        assertThat(html.exit()).as(html.err()).isZero();
        CliRun csv = CliRun.of("label", SEED.toString());
        assertThat(csv.exit()).as(csv.err()).isZero();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.out())).getRecords();

        Path dom = tmp.resolve("dom.html");
        Process process = new ProcessBuilder(browser.get(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + tmp.resolve("profile"), "--dump-dom",
                page.toUri().toString())
                .redirectOutput(dom.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("chromium finished").isTrue();
        assertThat(process.exitValue()).isZero();
        String shown = Files.readString(dom, StandardCharsets.UTF_8);

        assertThat(shown).contains("class=\"legend\"");
        for (String voice : List.of("Lenin", "Stalin", "Trotsky", "narrator")) {
            assertThat(shown).contains("<span class=\"swatch v").contains("</span>" + voice + "</span>");
        }
        Matcher unit = Pattern.compile("<span class=\"u v\\d\" id=\"p0-u(\\d+)\" tabindex=\"0\" "
                + "data-voice=\"([^\"]*)\" style=\"[^\"]*\">([^<]*)<span class=\"tip\">").matcher(shown);
        int n = 0;
        while (unit.find()) {
            CSVRecord row = rows.get(n);
            assertThat(unit.group(1)).isEqualTo(row.get("unit"));
            assertThat(unit.group(2)).isEqualTo(row.get("label"));
            assertThat(unit.group(3)).isEqualTo(serialized(row.get("text")));
            n++;
        }
        assertThat(n).as("units the browser shows").isEqualTo(rows.size());
    }
}
