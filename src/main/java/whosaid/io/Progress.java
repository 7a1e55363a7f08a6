package whosaid.io;

/**
 * How far a long run has got, for the person waiting on it. Runs report their steps; only on a terminal is anything
 * shown (a bar on standard error), so tests, scripts and piped output never see it.
 */
public interface Progress {
    /** A task of {@code total} steps begins; report each step to it, and close it when the task ends. */
    Task start(String name, long total);

    /** One task of a run; safe to step from several threads. */
    interface Task extends AutoCloseable {
        void step();

        @Override
        void close();
    }

    /** A task that shows nothing. */
    Task IDLE = new Task() {
        @Override
        public void step() {
        }

        @Override
        public void close() {
        }
    };

    /** Shows nothing. */
    static Progress none() {
        return (name, total) -> IDLE;
    }

    /** A bar on standard error when whosaid runs on a terminal, nothing when its output goes to a file or a pipe. */
    static Progress onTerminal() {
        return System.console() != null ? new TerminalProgress(System.err) : none();
    }
}
