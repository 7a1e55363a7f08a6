package whosaid.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import picocli.CommandLine;

/** {@code --encoding NAME}: a name Java knows, or a message that names the usual ones (no Java exception text). */
public final class CharsetConverter implements CommandLine.ITypeConverter<Charset> {
    @Override
    public Charset convert(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
            throw new CommandLine.TypeConversionException("'" + name + "' is not an encoding this Java knows (for "
                    + "example UTF-8, windows-1252, ISO-8859-1, ISO-8859-15, UTF-16)");
        }
    }
}
