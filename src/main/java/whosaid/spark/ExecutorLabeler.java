package whosaid.spark;

import whosaid.label.Labeler;

/**
 * The one labeler of an executor JVM: loaded from the broadcast bytes by the first task that needs it and shared by
 * every task after it (a model takes seconds to load and tens of MB; {@link Labeler} is thread-safe). Only the last
 * model is kept, so a long-lived executor running jobs with several models does not hoard them.
 */
final class ExecutorLabeler {
    private record Loaded(String sha256, Labeler labeler) {
    }

    private static Loaded loaded;

    private ExecutorLabeler() {
    }

    static synchronized Labeler of(ModelBytes model) {
        if (loaded == null || !loaded.sha256().equals(model.sha256())) {
            loaded = new Loaded(model.sha256(), new Labeler(model.load()));
        }
        return loaded.labeler();
    }
}
