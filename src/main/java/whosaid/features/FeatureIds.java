package whosaid.features;

/**
 * Integer feature ids: a kind in the top bits (which features are normalised together) and a 26-bit hash of the
 * feature below. Extractors hash characters or word ids straight into an id, so no string is built per feature;
 * the hash is FNV-1a, fixed, so ids are the same on every machine and run.
 */
public final class FeatureIds {
    /** Named features (cues, context, rates): not normalised. */
    public static final int OTHER = 0;
    /** Word n-grams: IDF-weighted and L2-normalised together. */
    public static final int WORD = 1;
    /** Character n-grams over distorted text: L2-normalised together. */
    public static final int CHAR = 2;
    /** Function-word n-grams: L2-normalised together. */
    public static final int FUNCTION = 3;
    static final int KINDS = 4;

    private static final int HASH_BITS = 26;
    private static final int MASK = (1 << HASH_BITS) - 1;
    static final int SEED = 0x811c9dc5;
    private static final int PRIME = 0x01000193;

    private FeatureIds() {
    }

    public static int kind(int id) {
        return id >>> HASH_BITS;
    }

    static int id(int kind, int hash) {
        return kind << HASH_BITS | (hash & MASK);
    }

    /** One more value folded into a running hash (start from {@link #SEED}). */
    static int mix(int hash, int value) {
        return (hash ^ value) * PRIME;
    }

    /** The id of a named feature ("cue:kind_quotation"). */
    public static int named(CharSequence name) {
        return id(OTHER, hash(SEED, name));
    }

    /** The id of the named feature {@code prefix + name} ("cue:quoting_" and "Lenin"), without building it. */
    public static int named(CharSequence prefix, CharSequence name) {
        return id(OTHER, hash(hash(SEED, prefix), name));
    }

    /** The id of the named feature {@code a + b + c}, without building it. */
    static int named(CharSequence a, CharSequence b, CharSequence c) {
        return id(OTHER, hash(hash(hash(SEED, a), b), c));
    }

    static int hash(int hash, CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            hash = mix(hash, s.charAt(i));
        }
        return hash;
    }

    /** A readable stand-in for an id, for ARFF headers and debugging: its kind and hash. */
    public static String describe(int id) {
        String kind = switch (kind(id)) {
            case WORD -> "w";
            case CHAR -> "c";
            case FUNCTION -> "f";
            default -> "x";
        };
        return kind + ":" + Integer.toHexString(id & MASK);
    }
}
