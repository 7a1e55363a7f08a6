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
        json.writeNumberField("goldUnitsInTraining", evaluation.goldUnitsInTraining());
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
                bootstrap(json, Bootstrap.of(trial.predictions(), evaluation.labels()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The 95% intervals, resampling groups (works or passages); null when there are fewer than two. */
    private static void bootstrap(JsonGenerator json, Bootstrap.Intervals ci) throws IOException {
        json.writeFieldName("bootstrap95");
        if (!ci.defined()) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeNumberField("groups", ci.groups());
        interval(json, "accuracy", ci.accuracy());
        interval(json, "macroF1", ci.macroF1());
        json.writeObjectFieldStart("f1");
        for (var e : ci.f1().entrySet()) {
            interval(json, e.getKey(), e.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void interval(JsonGenerator json, String name, Bootstrap.Interval i) throws IOException {
        if (i == null) {
            json.writeNullField(name);
            return;
        }
        json.writeArrayFieldStart(name);
        json.writeNumber(i.low());
        json.writeNumber(i.high());
        json.writeEndArray();
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
            json.writeNumberField("expectedCalibrationError", figures.reliability().expectedCalibrationError());
            json.writeArrayFieldStart("reliability");
            for (Reliability.Bin b : figures.reliability().bins()) {
                if (b.units() > 0) {
                    json.writeStartObject();
                    json.writeNumberField("from", b.from());
                    json.writeNumberField("units", b.units());
                    json.writeNumberField("meanConfidence", b.meanConfidence());
                    json.writeNumberField("accuracy", b.accuracy());
                    json.writeEndObject();
                }
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
