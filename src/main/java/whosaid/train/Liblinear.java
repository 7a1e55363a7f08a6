package whosaid.train;

import java.util.concurrent.Callable;

/**
 * LIBLINEAR's solvers draw from one random generator shared by the whole JVM, while folds train in parallel: every
 * LIBLINEAR training runs alone, from a reset generator, so that a model is the same at any thread count.
 */
final class Liblinear {
    private static final Object LOCK = new Object();

    private Liblinear() {
    }

    @SuppressWarnings("deprecation") // resetRandom is LIBLINEAR's only way to make its shared generator repeatable
    static <T> T train(Callable<T> training) throws Exception {
        synchronized (LOCK) {
            de.bwaldvogel.liblinear.Linear.resetRandom();
            return training.call();
        }
    }
}
