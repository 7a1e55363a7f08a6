package whosaid.model;

import java.util.ArrayList;
import java.util.List;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SparseInstance;
import whosaid.features.FeatureSpace;
import whosaid.features.SparseVector;

/** Turns whosaid's sparse feature vectors into Weka instances over a header built once per model. */
public final class WekaBridge {
    /** Feature names all carry a family prefix ("w:", "c:"), so this class attribute cannot clash with them. */
    static final String CLASS_ATTRIBUTE = "voice";

    private WekaBridge() {
    }

    /** An empty dataset with one numeric attribute per feature and the nominal class last. */
    public static Instances header(FeatureSpace space, List<String> labels) {
        ArrayList<Attribute> attributes = new ArrayList<>(space.size() + 1);
        for (int i = 0; i < space.size(); i++) {
            attributes.add(new Attribute(space.name(i)));
        }
        attributes.add(new Attribute(CLASS_ATTRIBUTE, new ArrayList<>(labels)));
        Instances header = new Instances("whosaid", attributes, 0);
        header.setClassIndex(space.size());
        return header;
    }

    /** An instance of the header; {@code label} is the class index, or -1 when unknown (labeling). */
    public static Instance instance(Instances header, SparseVector v, int label, double weight) {
        int n = v.indices().length;
        // a sparse instance must list its attributes in ascending order
        long[] order = new long[n];
        for (int k = 0; k < n; k++) {
            order[k] = (long) v.indices()[k] << 32 | k;
        }
        java.util.Arrays.sort(order);
        int[] indices = new int[n + 1];
        double[] values = new double[n + 1];
        for (int k = 0; k < n; k++) {
            indices[k] = (int) (order[k] >>> 32);
            values[k] = v.values()[(int) order[k]];
        }
        indices[n] = header.classIndex();
        values[n] = label < 0 ? weka.core.Utils.missingValue() : label;
        Instance instance = new SparseInstance(weight, values, indices, header.numAttributes());
        instance.setDataset(header);
        return instance;
    }
}
