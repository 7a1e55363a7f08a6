package whosaid.io;

/**
 * A problem with what the user gave whosaid (a file, a line of it, an option): reported as one line on stderr
 * with exit status 2, never as a stack trace.
 */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(oneLine(message));
    }

    public BadInputException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /** A line break that a quoted file name or text brings into the message is shown as {@code \n}. */
    private static String oneLine(String message) {
        return message == null ? null : message.replaceAll("\\R", "\\\\n");
    }

    /** "FILE:LINE: message", the form editors and terminals make clickable. */
    public static BadInputException at(String file, long line, String message) {
        return new BadInputException(file + ":" + line + ": " + message);
    }
}
