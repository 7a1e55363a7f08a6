package whosaid.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.cli.Main;

/** The Spark job refuses to write over its own inputs before it asks for a session: no Spark runs here. */
class LabelJobOverwriteTest {
    @TempDir
    Path dir;

    private String job(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = LabelJob.run(() -> {
                throw new AssertionError("a refused job must not start a session");
            }, args);
            assertThat(status).isEqualTo(Main.BAD_INPUT);
        } finally {
            System.setErr(saved);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonOverTheGoldFileThroughALinkIsRefused() throws IOException {
        Path gold = Files.writeString(dir.resolve("g.csv"), "passage,unit,start,end,label,certain,text\n");
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), gold);
        String err = job("--model", "models/whosaid.model", "--gold", "file:" + gold, "--json", link.toString());
        assertThat(err.lines()).singleElement().asString()
                .contains("--json " + link, "the same file as the input " + gold, "(--gold)");
        assertThat(Files.readString(gold)).isEqualTo("passage,unit,start,end,label,certain,text\n");
    }

    @Test
    void anOutputFolderAroundItsInputIsRefused() throws IOException {
        Path in = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(in.resolve("a.txt"), "Text.");
        String err = job("--model", "models/whosaid.model", "--input", in.resolve("a.txt").toString(), "--output",
                in.toString());
        assertThat(err.lines()).singleElement().asString().contains("--output " + in, "(--input)");
    }
}
