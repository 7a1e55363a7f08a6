package whosaid.eval;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import whosaid.Version;
import whosaid.io.AtomicFile;

/** Every figure of an evaluation as one JSON document, for pandas or a notebook; written atomically. */
public final class JsonReport {
    private JsonReport() {
    }

    public static void write(Evaluation evaluation, Path file) throws IOException {
        JsonFactory factory = JsonFactory.builder().build();
        AtomicFile.write(file, out -> {
            try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
                json.useDefaultPrettyPrinter();
                json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                write(evaluation, json);
            }
        });
    }

    private static void write(Evaluation evaluation, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("whosaid", Version.WHOSAID);
        json.writeStringField("title", evaluation.title());
        json.writeObjectFieldStart("settings");
        for (var e : evaluation.settings().entrySet()) {
            json.writeStringField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("notes");
        for (String note : evaluation.notes()) {
            json.writeString(note);
        }
        json.writeEndArray();
        strings(json, "labels", evaluation.labels());
        json.writeArrayFieldStart("designs");
        for (Design design : evaluation.designs()) {
            json.writeStartObject();
            json.writeStringField("name", design.name());
            json.writeStringField("description", design.description());
            json.writeArrayFieldStart("systems");
            for (Trial trial : design.trials()) {
                json.writeStartObject();
                json.writeStringField("system", trial.system());
                json.writeFieldName("all");
                figures(json, Figures.of(trial.predictions(), evaluation.labels(), false));
                json.writeFieldName("certain");
                figures(json, Figures.of(trial.predictions(), evaluation.labels(), true));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void figures(JsonGenerator json, Figures figures) throws IOException {
        ConfusionMatrix m = figures.confusion();
        json.writeStartObject();
        json.writeNumberField("units", m.total());
        json.writeNumberField("accuracy", m.accuracy());
        json.writeNumberField("macroF1", m.macroF1());
        json.writeNumberField("microF1", m.microF1());
        json.writeNumberField("kappa", m.kappa());
        json.writeObjectFieldStart("perLabel");
        for (String l : m.labels()) {
            json.writeObjectFieldStart(l);
            json.writeNumberField("precision", m.precision(l));
            json.writeNumberField("recall", m.recall(l));
            json.writeNumberField("f1", m.f1(l));
            json.writeNumberField("support", m.support(l));
            json.writeNumberField("predicted", m.predicted(l));
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeObjectFieldStart("confusion");
        for (String gold : m.labels()) {
            json.writeObjectFieldStart(gold);
            for (String predicted : m.labels()) {
                json.writeNumberField(predicted, m.count(gold, predicted));
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        if (figures.hasConfidence()) {
            json.writeNumberField("meanConfidence", figures.meanConfidence().mean());
            json.writeArrayFieldStart("coverage");
            for (Coverage.Point p : figures.coverage().points()) {
                json.writeStartObject();
                json.writeNumberField("threshold", p.threshold());
                json.writeNumberField("kept", p.kept());
                json.writeNumberField("coverage", p.coverage());
                json.writeNumberField("accuracy", p.accuracy());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }
}
