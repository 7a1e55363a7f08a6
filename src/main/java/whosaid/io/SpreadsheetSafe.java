package whosaid.io;

/**
 * Neutralises CSV cells a spreadsheet would evaluate as a formula ("CSV injection"): a cell beginning with
 * {@code = + - @}, a tab or a carriage return gets a leading single quote, which Excel and LibreOffice read as
 * "this is text" and do not show. The cell no longer round-trips byte-exactly.
 */
public final class SpreadsheetSafe {
    private static final String TRIGGERS = "=+-@\t\r";

    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        return !value.isEmpty() && TRIGGERS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
