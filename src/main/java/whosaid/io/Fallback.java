package whosaid.io;

import java.io.PrintStream;

/**
 * What happens where whosaid falls back to a weaker way of doing something (rows trained on as they are because
 * their passage text is missing, a calibration fold left out, a classifier kept as a serialized object): it says so
 * on standard error, or, under {@code --strict}, refuses with exit status 2.
 */
public final class Fallback {
    private final PrintStream log;
    private final boolean strict;

    private Fallback(PrintStream log, boolean strict) {
        this.log = log;
        this.strict = strict;
    }

    /** Says each fallback in one line, and goes on. */
    public static Fallback warn(PrintStream log) {
        return new Fallback(log, false);
    }

    /** Refuses at the first fallback ({@code --strict}); otherwise as {@link #warn}. */
    public static Fallback of(PrintStream log, boolean strict) {
        return new Fallback(log, strict);
    }

    /** @param what the fallback and what it means, in one line */
    public void note(String what) {
        if (strict) {
            throw new BadInputException(what + " (--strict makes this an error)");
        }
        log.println("whosaid: warning: " + what);
    }
}
