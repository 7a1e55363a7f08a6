package whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whosaid.ReferenceCorpus;

/**
 * Runs every {@code ./whosaid} command of README.md's code blocks, in the order the README gives them, the way a
 * user following it would: in a fresh folder holding the repository's {@code data/} and shipped model, with the
 * launcher and the jar this build packaged. The files a user is told to make by hand (gold labels typed into the
 * annotation file, a folder of gold passages, a second annotator's file) are made here from the seed's hand labels.
 * Where the README shows output after a {@code $} prompt, every line shown must appear in what the command printed.
 * The reference corpus goes where the README writes its placeholder, {@code CORPUS}.
 */
class ReadmeIT {
    private static final Pattern BLOCK = Pattern.compile("```\\n(.*?)```", Pattern.DOTALL);
    /** The README's placeholder for the corpus folder: a word of its own, not the {@code CORPUS} of a file name. */
    private static final Pattern CORPUS_IN_README = Pattern.compile("(?<=\\s)CORPUS(?=\\s|$)");
    /** The paragraph the README's edited passage gains at the top. */
    private static final String EDITOR_NOTE = "Note: this page was saved from the web in May 2024.\n\n";

    @TempDir
    Path dir;

    private record Run(int status, String out) {
    }

    @Test
    void everyCommandOfTheReadmeRunsAsWritten() throws Exception {
        Path corpus = ReferenceCorpus.require("ReadmeIT").toAbsolutePath();
        Path jar = Path.of(System.getProperty("whosaid.jar", "target/whosaid.jar")).toAbsolutePath();
        assertThat(jar).as("run with 'mvn verify', which packages the jar first").isRegularFile();
        copyTree(Path.of("data"), dir.resolve("data"));
        Files.createDirectories(dir.resolve("models"));
        Files.copy(Path.of("models/whosaid.model"), dir.resolve("models/whosaid.model"));
        Files.copy(Path.of("whosaid"), dir.resolve("whosaid"));

        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        List<String> ran = new ArrayList<>();
        Matcher blocks = BLOCK.matcher(readme);
        while (blocks.find()) {
            List<String> lines = blocks.group(1).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean prompt = line.startsWith("$ ./whosaid ");
                if (!prompt && !line.startsWith("./whosaid ") || line.contains("[")) {
                    continue; // not a command, or a synopsis ("./whosaid label [--model FILE] ...")
                }
                String command = CORPUS_IN_README.matcher(prompt ? line.substring(2) : line)
                        .replaceAll(Matcher.quoteReplacement(corpus.toString()));
                prepareFor(command);
                Run run = run(command, jar);
                // output shown starting "whosaid: " is the one line of a refusal
                boolean refused = prompt && i + 1 < lines.size() && lines.get(i + 1).startsWith("whosaid: ");
                assertThat(run.status()).as(command + "\n" + run.out()).isEqualTo(refused ? Main.BAD_INPUT : Main.OK);
                ran.add(command);
                if (prompt) {
                    for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("$ "); j++) {
                        String shown = lines.get(j);
                        if (!shown.isBlank() && !shown.equals("...")) {
                            assertThat(run.out()).as("output of " + command).contains(shown);
                        }
                    }
                }
                afterward(command);
            }
        }
        assertThat(ran).as("README commands run").hasSizeGreaterThan(15)
                .anyMatch(c -> c.startsWith("./whosaid label "))
                .anyMatch(c -> c.startsWith("./whosaid train "))
                .anyMatch(c -> c.startsWith("./whosaid evaluate "))
                .anyMatch(c -> c.startsWith("./whosaid dataset "));
    }

    /** The files the README tells a user to make by hand before this command. */
    private void prepareFor(String command) throws IOException, InterruptedException {
        Path seed = dir.resolve("data/passages/seed.txt");
        if (command.contains("annotation/edited.model") && !Files.exists(dir.resolve("seed.txt.orig"))) {
            // an editor adds a paragraph at the top of the annotated passage
            Files.copy(seed, dir.resolve("seed.txt.orig"));
            Files.writeString(seed, EDITOR_NOTE + Files.readString(seed, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8);
        }
        if (command.contains("my-gold/") && !Files.isDirectory(dir.resolve("my-gold"))) {
            Files.createDirectories(dir.resolve("my-gold"));
            Files.copy(dir.resolve("data/labeled/seed.csv"), dir.resolve("my-gold/seed.csv"));
            // a second hand-labeled passage, so that passages can be held out in turn
            String text = "Lenin always stood up against these voices. I have no reason to dispute him.\n\n"
                    + "The congress was held in London in August and attended by forty delegates.";
            Files.writeString(dir.resolve("my-gold/second.txt"), text);
            int second = text.indexOf("I have");
            int third = text.indexOf("The congress");
            Files.writeString(dir.resolve("my-gold/second.csv"), "passage,unit,start,end,label,certain,text\n"
                    + "my-gold/second.txt,0,0," + (second - 1) + ",Trotsky,true,\"" + text.substring(0, second - 1)
                    + "\"\nmy-gold/second.txt,1," + second + "," + text.indexOf("\n") + ",Trotsky,true,\""
                    + text.substring(second, text.indexOf("\n")) + "\"\nmy-gold/second.txt,2," + third + ","
                    + text.length() + ",narrator,true,\"" + text.substring(third) + "\"\n");
        }
        if (command.contains("annotator-a.csv")) {
            Files.copy(dir.resolve("data/labeled/seed.csv"), dir.resolve("annotator-a.csv"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.copy(dir.resolve("data/agreement/seed-blind-annotation.csv"), dir.resolve("annotator-b.csv"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        if (command.contains(" labeled.csv") && !Files.exists(dir.resolve("labeled.csv"))) {
            Files.writeString(dir.resolve("labeled.csv"), run("./whosaid label data/passages/seed.txt", null).out());
        }
        if (command.contains("ann-a.csv")) {
            Path round1 = dir.resolve("annotation/round1.csv");
            Files.copy(round1, dir.resolve("ann-a.csv"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(round1, dir.resolve("ann-b.csv"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(round1, dir.resolve("ann-c.csv"), StandardCopyOption.REPLACE_EXISTING);
        }
        if (command.contains("annotation/heldout.csv") && !Files.exists(dir.resolve("annotation/heldout.csv"))) {
            // the held-out part: a separate sample, leaving out what round 1 annotated, labeled the same way
            Run sample = run("./whosaid dataset data/passages/seed.txt --sample 100 --exclude annotation/round1.csv"
                    + " -o annotation/heldout.csv", null);
            assertThat(sample.status()).as(sample.out()).isZero();
            fillGold(dir.resolve("annotation/heldout.csv"));
        }
    }

    /** What the README has the user do by hand after this command. */
    private void afterward(String command) throws IOException {
        if (command.contains("annotation/edited.model --reanchor")) {
            Files.move(dir.resolve("seed.txt.orig"), dir.resolve("data/passages/seed.txt"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        if (command.contains("-o annotation/round1.csv")) {
            fillGold(dir.resolve("annotation/round1.csv")); // step 2: the annotator writes the voices into gold
        }
    }

    /** Writes into {@code gold} the seed's hand label of the gold unit covering most of each row's unit. */
    private void fillGold(Path file) throws IOException {
        List<CSVRecord> seed = read(dir.resolve("data/labeled/seed.csv"));
        List<CSVRecord> rows = read(file);
        List<String> header = new ArrayList<>(rows.get(0).getParser().getHeaderNames());
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(header);
            for (CSVRecord row : rows) {
                Map<String, String> values = new HashMap<>(row.toMap());
                values.put("gold", labelCovering(seed, Integer.parseInt(row.get("start")), Integer.parseInt(row.get("end"))));
                values.put("certain", "true");
                printer.printRecord(header.stream().map(values::get).toList());
            }
        }
        Files.writeString(file, out);
    }

    private static String labelCovering(List<CSVRecord> seed, int start, int end) {
        String best = "narrator";
        int bestOverlap = 0;
        for (CSVRecord g : seed) {
            int overlap = Math.min(end, Integer.parseInt(g.get("end"))) - Math.max(start, Integer.parseInt(g.get("start")));
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = g.get("label");
            }
        }
        return best;
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = new StringReader(Files.readString(file, StandardCharsets.UTF_8))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private Run run(String command, Path jar) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(dir.toFile())
                .redirectErrorStream(true);
        builder.environment().put("WHOSAID_JAR",
                (jar != null ? jar : Path.of(System.getProperty("whosaid.jar", "target/whosaid.jar")))
                        .toAbsolutePath().toString());
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.MINUTES)).as(command).isTrue();
        return new Run(process.exitValue(), out);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
