package whosaid.cli;

import whosaid.io.BadInputException;
import whosaid.label.BatchLabeling;

/** Checks of option values that picocli's types cannot express. */
final class Options {
    private Options() {
    }

    static BatchLabeling.OnError onError(String value) {
        return BatchLabeling.OnError.of(value);
    }

    static void positive(String option, int value) {
        if (value < 1) {
            throw new BadInputException(option + " must be at least 1, not " + value);
        }
    }
}
