package whosaid.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import weka.core.Instances;
import whosaid.features.Featurizer;
import whosaid.features.Featurizer.Featurized;
import whosaid.io.AtomicFile;
import whosaid.label.LabeledUnit;
import whosaid.model.WekaBridge;
import whosaid.model.WhosaidModel;

/**
 * Writes the model's feature matrix of dataset rows as a sparse Weka ARFF file, row for row in the order of the
 * dataset CSV, with the model's own header (so its attribute names and order) and the predicted label as class:
 * the Weka Explorer opens it and any Weka classifier can be tried on whosaid's features.
 */
public final class ArffExport {
    private ArffExport() {
    }

    /**
     * @param passages every labeled unit, by passage in input order: features depend on a unit's neighbours, so
     *     each passage of a row is featurized whole (once, as rows of a passage come together in reading order)
     */
    public static void write(Path target, WhosaidModel model, List<List<LabeledUnit>> passages,
                             List<DatasetRow> rows) throws IOException {
        Instances header = WekaBridge.header(model.space(), model.labels());
        Featurizer featurizer = new Featurizer(model.speakers(), model.families());
        AtomicFile.write(target, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            out.write(new Instances(header, 0).toString());
            int current = -1;
            Featurized passage = null;
            for (DatasetRow row : rows) {
                if (row.passageOrder() != current) {
                    current = row.passageOrder();
                    passage = featurizer.featurize(passages.get(current).stream().map(LabeledUnit::unit).toList());
                }
                int label = header.classAttribute().indexOfValue(row.label());
                out.write(WekaBridge.instance(header, model.space().vectorize(passage.features().get(row.unit())),
                        label, 1).toString());
                out.write('\n');
            }
            out.flush();
        });
    }
}
