package whosaid.dataset;

/** How unsure the model is of a unit, from its label probabilities: the larger, the more worth annotating. */
public enum Uncertainty {
    /** One minus the gap between the two most probable labels: a near tie between two voices comes first. */
    MARGIN {
        @Override
        public double of(double[] probabilities) {
            double first = 0;
            double second = 0;
            for (double p : probabilities) {
                if (p > first) {
                    second = first;
                    first = p;
                } else if (p > second) {
                    second = p;
                }
            }
            return 1 - (first - second);
        }
    },
    /** Shannon entropy in bits: probability spread over many voices comes first. */
    ENTROPY {
        @Override
        public double of(double[] probabilities) {
            double h = 0;
            for (double p : probabilities) {
                if (p > 0) {
                    h -= p * Math.log(p) / Math.log(2);
                }
            }
            return h;
        }
    };

    public abstract double of(double[] probabilities);
}
