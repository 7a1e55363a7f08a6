package whosaid;

/** The version of whosaid and of the libraries a model records. */
public final class Version {
    public static final String WHOSAID = "0.5.0";

    private Version() {
    }

    public static String weka() {
        return weka.core.Version.VERSION;
    }
}
