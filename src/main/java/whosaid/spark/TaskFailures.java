package whosaid.spark;

import whosaid.io.BadInputException;

/**
 * Gives back the bad input a task failed on. Spark reports a failed task as a {@code SparkException} around the
 * task's exception (or, where that could not travel back, around its text), and the user should see the same one
 * line as from the CLI, with the same exit status, not a stack of Spark frames.
 */
final class TaskFailures {
    private static final String MARKER = BadInputException.class.getName() + ": ";

    private TaskFailures() {
    }

    /** The bad input behind {@code failure}, or {@code failure} itself (as unchecked: Spark's exceptions are not). */
    static RuntimeException unwrap(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BadInputException bad) {
                return new BadInputException(bad.getMessage(), failure);
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            int at = message == null ? -1 : message.indexOf(MARKER);
            if (at >= 0) {
                String rest = message.substring(at + MARKER.length());
                int end = rest.indexOf('\n');
                return new BadInputException(end < 0 ? rest : rest.substring(0, end), failure);
            }
        }
        return failure instanceof RuntimeException unchecked ? unchecked : new IllegalStateException(failure);
    }
}
