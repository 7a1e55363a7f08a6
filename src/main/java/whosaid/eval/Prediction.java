package whosaid.eval;

/** One scored unit: its gold label, what was predicted, and how sure the model was. */
public record Prediction(String passage, int unit, String gold, String predicted, double confidence,
                         boolean certain, String text) implements java.io.Serializable {
    public boolean correct() {
        return gold.equals(predicted);
    }
}
