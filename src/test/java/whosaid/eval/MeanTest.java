package whosaid.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeanTest {
    @Test
    void meanOfTheValuesAdded() {
        Mean m = new Mean();
        m.add(1);
        m.add(2);
        m.add(6);
        assertThat(m.count()).isEqualTo(3);
        assertThat(m.mean()).isEqualTo(3.0);
    }

    @Test
    void emptyMeanIsZero() {
        assertThat(new Mean().mean()).isZero();
    }
}
