package whosaid.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Any spelling of an input's path, through links and detours, is refused as an output; another file never is. */
class OutputPathsTest {
    /** A fixed tree: dir/a.txt, dir/b.txt, dir/sub/, dir/link-to-sub -> sub, dir/alias.txt -> a.txt. */
    private static final Path DIR = tree();

    private static Path tree() {
        try {
            Path dir = Files.createTempDirectory("output-paths").toRealPath();
            dir.toFile().deleteOnExit();
            Files.writeString(dir.resolve("a.txt"), "a");
            Files.writeString(dir.resolve("b.txt"), "b");
            Files.createDirectories(dir.resolve("sub"));
            Files.createSymbolicLink(dir.resolve("link-to-sub"), dir.resolve("sub"));
            Files.createSymbolicLink(dir.resolve("alias.txt"), dir.resolve("a.txt"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** dir, then for each step a detour that comes back to dir ("." or "sub/.." or "link-to-sub/.."), then name. */
    private static Path spelled(List<Integer> detours, String name) {
        Path p = DIR;
        for (int d : detours) {
            p = switch (d) {
                case 0 -> p.resolve(".");
                case 1 -> p.resolve("sub").resolve("..");
                default -> p.resolve("link-to-sub").resolve("..");
            };
        }
        return p.resolve(name);
    }

    @Property(tries = 200)
    void everySpellingOfTheInputIsRefusedAndNoOtherFileIs(
            @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 2) Integer> detours, @ForAll boolean viaLink) {
        Path output = spelled(detours, viaLink ? "alias.txt" : "a.txt");
        assertThatThrownBy(() -> OutputPaths.check().file("-o", output).input("INPUT", DIR.resolve("a.txt"))
                .refuseOverwrites()).isInstanceOf(BadInputException.class).hasMessageContaining("is the same file");
        OutputPaths.check().file("-o", spelled(detours, "b.txt")).input("INPUT", DIR.resolve("a.txt"))
                .refuseOverwrites();
        OutputPaths.check().file("-o", spelled(detours, "new.csv")).input("INPUT", DIR.resolve("a.txt"))
                .refuseOverwrites();
    }

    @Property(tries = 50)
    void aReportFolderIsRefusedExactlyWhenItHoldsTheInput(
            @ForAll @Size(max = 3) List<@IntRange(min = 0, max = 2) Integer> detours) {
        Path around = spelled(detours, ".");
        assertThatThrownBy(() -> OutputPaths.check().folder("--html", around).input("--gold", DIR.resolve("b.txt"))
                .refuseOverwrites()).isInstanceOf(BadInputException.class).hasMessageContaining("contains the input");
        OutputPaths.check().folder("--html", spelled(detours, "sub/report")).input("--gold", DIR.resolve("b.txt"))
                .refuseOverwrites();
        assertThat(OutputPaths.real(spelled(detours, "sub/report"))).isEqualTo(DIR.resolve("sub/report"));
    }
}
