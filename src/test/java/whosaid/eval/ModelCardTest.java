package whosaid.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The model card's table of figures is what {@code models/reproduce.sh} wrote into {@code models/eval}: every row
 * of it, number by number, so that the card never quotes a figure no command made.
 */
class ModelCardTest {
    private static final Path CARD = Path.of("models/README.md");
    private static final Path[] REPORTS = {Path.of("models/eval/works.json"), Path.of("models/eval/seed-unseen.json")};

    @Test
    void everyRowOfTheCardsTableOfFiguresIsInTheReports() throws IOException {
        String card = Files.readString(CARD);
        int checked = 0;
        for (Path report : REPORTS) {
            Map<String, Object> json = read(report);
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) json.get("labels");
            for (Object d : (List<?>) json.get("designs")) {
                Map<?, ?> design = (Map<?, ?>) d;
                for (Object s : (List<?>) design.get("systems")) {
                    Map<?, ?> system = (Map<?, ?>) s;
                    if (!system.get("system").equals(Trial.MODEL)) {
                        continue;
                    }
                    Map<?, ?> all = (Map<?, ?>) system.get("all");
                    if (all == null || ((Number) all.get("units")).intValue() == 0) {
                        continue; // a design with nothing to score has no row
                    }
                    StringBuilder row = new StringBuilder("| " + design.get("name") + " | ");
                    row.append(String.format(Locale.ROOT, "%,d", ((Number) all.get("units")).intValue())).append(" | ");
                    row.append(f(all.get("macroF1"))).append(" | ").append(f(all.get("accuracy")));
                    Map<?, ?> perLabel = (Map<?, ?>) all.get("perLabel");
                    for (String label : labels) {
                        row.append(" | ").append(f(((Map<?, ?>) perLabel.get(label)).get("f1")));
                    }
                    row.append(" | ").append(f(all.get("expectedCalibrationError"))).append(" |");
                    assertThat(card).as("the card's row for " + design.get("name") + " in " + report)
                            .contains(row.toString());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }

    private static String f(Object number) {
        return number instanceof Number n ? String.format(Locale.ROOT, "%.3f", n.doubleValue()) : "n/a";
    }

    /** A JSON file as maps, lists, strings and numbers. */
    private static Map<String, Object> read(Path file) throws IOException {
        try (JsonParser json = new JsonFactory().createParser(file.toFile())) {
            json.nextToken();
            @SuppressWarnings("unchecked")
            Map<String, Object> value = (Map<String, Object>) value(json);
            return value;
        }
    }

    private static Object value(JsonParser json) throws IOException {
        JsonToken token = json.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String name = json.currentName();
                    json.nextToken();
                    map.put(name, value(json));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (json.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(json));
                }
                return list;
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return json.getNumberValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> {
                return json.getText();
            }
        }
    }
}
