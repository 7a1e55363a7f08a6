package whosaid.text;

import java.util.Objects;

/** A text to label, named by where it came from (a path as given, or {@code -} for standard input). */
public record Passage(String id, String text) {
    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
