package whosaid.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import whosaid.io.BadInputException;
import whosaid.io.TextInputs;
import whosaid.label.BatchLabeling;
import whosaid.label.LabeledUnit;
import whosaid.text.Passage;

/**
 * What a task does with one passage file: read it from its file system, decode it as the CLI does, label it with the
 * executor's labeler. A passage that is bad input fails the job or, under {@code --on-error skip}, is recorded as
 * skipped and yields no rows.
 */
final class PassageLabeling implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Broadcast<ModelBytes> model;
    private final SerializableConfiguration hadoop;
    private final String charset; // a Charset is not serializable
    private final boolean context;
    private final BatchLabeling.OnError onError;
    /** Where tasks report skipped passages; a retried task reports its passages again. */
    private final CollectionAccumulator<SkippedPassage> skipped;

    PassageLabeling(Broadcast<ModelBytes> model, SerializableConfiguration hadoop, Charset charset, boolean context,
                    BatchLabeling.OnError onError, CollectionAccumulator<SkippedPassage> skipped) {
        this.model = model;
        this.hadoop = hadoop;
        this.charset = charset.name();
        this.context = context;
        this.onError = onError;
        this.skipped = skipped;
    }

    /** The labeled units of the file at {@code qualified}, in passage order; none if it was skipped. */
    List<LabeledUnit> label(String qualified) {
        String name = PassageFiles.passageName(qualified);
        try {
            return ExecutorLabeler.of(model.value()).label(read(qualified, name), context);
        } catch (BadInputException e) {
            if (onError == BatchLabeling.OnError.FAIL) {
                throw e;
            }
            skipped.add(new SkippedPassage(name, e.getMessage()));
            return List.of();
        }
    }

    private Passage read(String qualified, String name) {
        Path path = new Path(qualified);
        byte[] bytes;
        try {
            FileSystem fs = path.getFileSystem(hadoop.value());
            try (InputStream in = fs.open(path)) {
                bytes = in.readAllBytes();
            }
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read: " + e.getMessage(), e);
        }
        return TextInputs.passage(name, bytes, Charset.forName(charset));
    }
}
