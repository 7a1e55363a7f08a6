package whosaid.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What the figures were measured on, so that they can be compared: cores, processor, Java, and how busy the
 * machine already was when the benchmark started.
 *
 * @param loadAverage the system load average over the last minute, negative where the platform does not tell
 */
public record Machine(int cores, String processor, String java, double loadAverage) {
    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), processorModel(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** The processor model named by Linux's /proc/cpuinfo, or the architecture elsewhere. */
    private static String processorModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try (Stream<String> lines = Files.lines(cpuinfo)) {
                var model = lines.filter(l -> l.startsWith("model name")).findFirst();
                if (model.isPresent()) {
                    return model.get().substring(model.get().indexOf(':') + 1).strip();
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // fall through: the architecture is all we can say
            }
        }
        return System.getProperty("os.arch");
    }
}
