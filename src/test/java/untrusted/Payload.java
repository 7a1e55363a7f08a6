package untrusted;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a crafted model file might smuggle in: a class that acts as soon as it is deserialized. It lives outside the
 * whosaid packages on purpose, as a foreign class would.
 */
public final class Payload implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final AtomicBoolean RAN = new AtomicBoolean();

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        RAN.set(true);
    }
}
