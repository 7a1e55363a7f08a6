package whosaid.corpus;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a corpus folder differs from a recorded list: works the list has and the folder lacks, works the folder has
 * and the list lacks, and works present in both whose bytes differ.
 */
public record CorpusCheck(List<CorpusFile> missing, List<CorpusFile> extra, List<Difference> different,
                          int identical) {
    /** A work present on both sides with other content. */
    public record Difference(CorpusFile recorded, CorpusFile found) {
    }

    public CorpusCheck {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
        different = List.copyOf(different);
    }

    public static CorpusCheck of(CorpusManifest recorded, CorpusManifest found) {
        Map<String, CorpusFile> foundByPath = found.files().stream()
                .collect(Collectors.toMap(CorpusFile::path, Function.identity()));
        Map<String, CorpusFile> recordedByPath = recorded.files().stream()
                .collect(Collectors.toMap(CorpusFile::path, Function.identity()));
        List<CorpusFile> missing = new ArrayList<>();
        List<Difference> different = new ArrayList<>();
        int identical = 0;
        for (CorpusFile r : recorded.files()) {
            CorpusFile f = foundByPath.get(r.path());
            if (f == null) {
                missing.add(r);
            } else if (!r.sameContent(f)) {
                different.add(new Difference(r, f));
            } else {
                identical++;
            }
        }
        List<CorpusFile> extra = found.files().stream().filter(f -> !recordedByPath.containsKey(f.path())).toList();
        return new CorpusCheck(missing, extra, different, identical);
    }

    public boolean same() {
        return missing.isEmpty() && extra.isEmpty() && different.isEmpty();
    }

    /** One line per work that is not as recorded, in the list's order, each saying what is wrong with it. */
    public void printDifferences(PrintStream out) {
        missing.forEach(f -> out.println("missing    " + f.path() + " (" + bytes(f.bytes()) + ")"));
        different.forEach(d -> out.println("different  " + d.recorded().path() + " ("
                + (d.found().bytes() == d.recorded().bytes() ? bytes(d.found().bytes()) + " as recorded, other bytes"
                        : bytes(d.found().bytes()) + ", recorded " + bytes(d.recorded().bytes())) + ")"));
        extra.forEach(f -> out.println("extra      " + f.path() + " (" + bytes(f.bytes()) + ", not in the list)"));
    }

    /** "2 missing, 1 extra, 0 different, 48 as recorded". */
    public String counts() {
        return missing.size() + " missing, " + extra.size() + " extra, " + different.size() + " different, "
                + identical + " as recorded";
    }

    static String bytes(long n) {
        return String.format(Locale.ROOT, "%,d bytes", n);
    }
}
