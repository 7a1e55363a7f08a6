package whosaid.features;

import java.util.HashMap;
import java.util.Map;

/** Collects the named feature values of one unit; adding to a name twice sums the values. */
public final class FeatureSink {
    private final Map<String, Double> values = new HashMap<>();

    public void add(String name, double value) {
        if (value != 0) {
            values.merge(name, value, Double::sum);
        }
    }

    public void set(String name, double value) {
        if (value != 0) {
            values.put(name, value);
        }
    }

    public Map<String, Double> values() {
        return values;
    }
}
