package whosaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import whosaid.io.BadInputException;

class ParallelTest {
    @Test
    void resultsComeBackInEncounterOrder() {
        List<Integer> squares = Parallel.inPool(3, () -> IntStream.range(0, 1000).parallel().map(i -> i * i)
                .boxed().toList());

        assertThat(squares).hasSize(1000).startsWith(0, 1, 4, 9).endsWith(999 * 999);
    }

    @Test
    void aTasksOwnExceptionPassesThroughUnwrapped() {
        assertThatThrownBy(() -> Parallel.inPool(2, () -> {
            throw new BadInputException("book.txt:3: not valid UTF-8");
        })).isExactlyInstanceOf(BadInputException.class).hasMessage("book.txt:3: not valid UTF-8");
    }

    @Test
    void errorsStayErrors() {
        assertThatThrownBy(() -> Parallel.inPool(2, () -> {
            throw new OutOfMemoryError("Java heap space");
        })).isExactlyInstanceOf(OutOfMemoryError.class);
    }
}
