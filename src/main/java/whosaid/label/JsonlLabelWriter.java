package whosaid.label;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/** One JSON object per unit and line, with the same fields as the CSV (probabilities as numbers). */
final class JsonlLabelWriter implements LabelWriter {
    private static final JsonFactory JSON = new JsonFactory();
    private final Appendable out;
    private final List<LabelColumns.Column> columns;

    JsonlLabelWriter(Appendable out, List<String> labels) {
        this.out = out;
        this.columns = LabelColumns.of(labels);
    }

    @Override
    public void write(List<LabeledUnit> units) throws IOException {
        for (LabeledUnit u : units) {
            List<Object> values = LabelColumns.values(u);
            StringWriter line = new StringWriter();
            try (JsonGenerator json = JSON.createGenerator(line)) {
                json.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    LabelColumns.Column column = columns.get(i);
                    json.writeFieldName(column.name());
                    if (values.get(i) == null) {
                        json.writeNull();
                        continue;
                    }
                    switch (column.kind()) {
                        case TEXT -> json.writeString((String) values.get(i));
                        case INTEGER -> json.writeNumber((Integer) values.get(i));
                        case PROBABILITY -> json.writeRawValue((String) values.get(i)); // the digits the CSV shows
                    }
                }
                json.writeEndObject();
            }
            out.append(line.toString()).append('\n');
        }
    }

    @Override
    public void close() {
        // nothing buffered: every line is appended whole
    }
}
