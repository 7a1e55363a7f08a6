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
    private final List<String> labels;

    JsonlLabelWriter(Appendable out, List<String> labels) {
        this.out = out;
        this.labels = labels;
    }

    @Override
    public void write(List<LabeledUnit> units) throws IOException {
        for (LabeledUnit u : units) {
            StringWriter line = new StringWriter();
            try (JsonGenerator json = JSON.createGenerator(line)) {
                json.writeStartObject();
                json.writeStringField("passage", u.unit().passageId());
                json.writeNumberField("unit", u.unit().index());
                json.writeNumberField("start", u.unit().start());
                json.writeNumberField("end", u.unit().end());
                json.writeStringField("label", u.label());
                json.writeFieldName("confidence");
                json.writeRawValue(LabelWriter.probability(u.confidence()));
                for (int i = 0; i < labels.size(); i++) {
                    json.writeFieldName("p_" + labels.get(i));
                    json.writeRawValue(LabelWriter.probability(u.probabilities()[i]));
                }
                json.writeStringField("cue", u.cue().toString());
                json.writeStringField("text", u.unit().text());
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
