package whosaid.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The repeated timings of one way of processing the benchmark input at one thread count.
 *
 * @param bytes the input size, the same every repetition
 * @param units sentences (sentence detection alone) or labeled units, the same every repetition
 * @param seconds the wall-clock time of each repetition
 * @param cpuSeconds the CPU time whosaid used over all repetitions, negative where the platform does not tell
 */
public record Measurement(Mode mode, int threads, long bytes, long units, List<Double> seconds, double cpuSeconds) {
    public Measurement {
        if (seconds.isEmpty()) {
            throw new IllegalArgumentException("a measurement needs at least one timing");
        }
        seconds = List.copyOf(seconds);
    }

    /**
     * How many cores the process kept busy on average, or negative if unknown: well under the thread count means
     * the threads waited, most often for cores that something else on the machine was using.
     */
    public double coresUsed() {
        return cpuSeconds < 0 ? -1 : cpuSeconds / seconds.stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The median time: robust to the odd repetition slowed down by something else on the machine. */
    public double medianSeconds() {
        double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Megabytes (10^6 bytes) of input text per second, at the median time. */
    public double megabytesPerSecond() {
        return bytes / 1e6 / medianSeconds();
    }

    public double unitsPerSecond() {
        return units / medianSeconds();
    }

    @Override
    public String toString() {
        return mode + " x" + threads + " " + Arrays.toString(seconds.toArray());
    }
}
