package whosaid;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/** Work spread over threads, with a failing task's own exception passed on as if it had been thrown here. */
public final class Parallel {
    private Parallel() {
    }

    /** Runs {@code work} (typically a parallel stream) on a pool of {@code threads} threads of its own. */
    public static <T> T inPool(int threads, Callable<T> work) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return await(pool.submit(work));
        } finally {
            pool.shutdownNow();
        }
    }

    public static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
