package whosaid.eval;

import java.util.List;
import java.util.Optional;

/**
 * One way of testing (held-out works, spliced passages, a gold file ...) and the systems tried on it.
 *
 * @param caveat what a reader of any figure of it must know, such as that the model trained on its units; empty
 *     if nothing. Every chart of the design carries it, so that a chart copied elsewhere keeps it.
 */
public record Design(String name, String description, List<Trial> trials, String caveat) {
    public Design {
        trials = List.copyOf(trials);
        java.util.Objects.requireNonNull(caveat, "caveat");
    }

    public Design(String name, String description, List<Trial> trials) {
        this(name, description, trials, "");
    }

    public Optional<Trial> trial(String system) {
        return trials.stream().filter(t -> t.system().equals(system)).findFirst();
    }
}
