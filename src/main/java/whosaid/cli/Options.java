package whosaid.cli;

import java.util.Locale;
import whosaid.io.BadInputException;
import whosaid.label.BatchLabeling;

/** Checks of option values that picocli's types cannot express. */
final class Options {
    private Options() {
    }

    static BatchLabeling.OnError onError(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "fail" -> BatchLabeling.OnError.FAIL;
            case "skip" -> BatchLabeling.OnError.SKIP;
            default -> throw new BadInputException("--on-error must be fail or skip, not '" + value + "'");
        };
    }

    static void positive(String option, int value) {
        if (value < 1) {
            throw new BadInputException(option + " must be at least 1, not " + value);
        }
    }
}
