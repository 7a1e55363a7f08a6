package whosaid.label;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import whosaid.io.AtomicFile;

/** Where {@code whosaid label} writes: standard output as it goes, or a file that appears only when complete. */
public final class LabelOutput {
    private LabelOutput() {
    }

    /** What fills the output, given a writer of the chosen format. */
    @FunctionalInterface
    public interface Body {
        BatchLabeling.Summary writeTo(LabelWriter writer) throws IOException;
    }

    /** @param file the output file, or {@code null} for standard output */
    public static BatchLabeling.Summary write(Path file, String format, List<String> labels, OutputStream stdout,
                                             Body body) throws IOException {
        BatchLabeling.Summary[] summary = new BatchLabeling.Summary[1];
        if (file == null) {
            summary[0] = writeFormatted(stdout, format, labels, body);
        } else {
            AtomicFile.write(file, stream -> summary[0] = writeFormatted(stream, format, labels, body));
        }
        return summary[0];
    }

    private static BatchLabeling.Summary writeFormatted(OutputStream stream, String format, List<String> labels,
                                                        Body body) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        BatchLabeling.Summary summary;
        try (LabelWriter writer = LabelWriter.of(format, out, labels)) {
            summary = body.writeTo(writer);
            writer.finish();
        }
        out.flush();
        return summary;
    }
}
