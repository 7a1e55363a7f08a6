package whosaid.eval;

import java.util.List;
import java.util.Optional;

/** One way of testing (held-out works, spliced passages, a gold file ...) and the systems tried on it. */
public record Design(String name, String description, List<Trial> trials) {
    public Design {
        trials = List.copyOf(trials);
    }

    public Optional<Trial> trial(String system) {
        return trials.stream().filter(t -> t.system().equals(system)).findFirst();
    }
}
