package whosaid.spark;

import java.io.Serializable;

/** A passage the job could not label under {@code --on-error skip}, and why: one row of the skipped table. */
public record SkippedPassage(String passage, String reason) implements Serializable {
    private static final long serialVersionUID = 1L;
}
