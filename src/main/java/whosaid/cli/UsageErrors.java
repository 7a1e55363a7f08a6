package whosaid.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The one line a usage error gets: what was wrong in the user's words, a suggestion, where help is. */
final class UsageErrors {
    private static final Pattern UNKNOWN_SUBCOMMAND = Pattern.compile("Unknown subcommand '(.*)'\\.?");
    private static final Pattern UNKNOWN_OPTION = Pattern.compile("Unknowns? options?: '([^']+)'.*", Pattern.DOTALL);
    private static final Pattern INVALID_VALUE = Pattern.compile("Invalid value for (?:option|positional parameter) "
            + "'([^']+)': (.*)", Pattern.DOTALL);

    private UsageErrors() {
    }

    /** The message for a picocli parse error, without the {@code whosaid: } prefix. */
    static String describe(CommandLine.ParameterException e) {
        CommandLine cl = e.getCommandLine();
        Matcher unknownVerb = UNKNOWN_SUBCOMMAND.matcher(e.getMessage());
        if (unknownVerb.matches()) { // 'whosaid help lable': the verbs are the root's
            return notAVerb(root(cl).getCommandSpec(), unknownVerb.group(1), "");
        }
        Matcher unknownOption = UNKNOWN_OPTION.matcher(e.getMessage());
        if (unknownOption.matches()) { // also where it followed an option of several values ('--gold g.csv --htm')
            return unknownOption(cl, unknownOption.group(1));
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            if (first.startsWith("-") && first.length() > 1) {
                return unknownOption(cl, first);
            }
            if (!cl.getSubcommands().isEmpty()) {
                return notAVerb(cl.getCommandSpec(), first, "");
            }
            return "unexpected argument '" + first + "' " + helpPointer(cl);
        }
        String message = e.getMessage().strip().replace("' is not an int", "' is not a whole number")
                .replace("' is not a long", "' is not a whole number").replace("' is not a double", "' is not a number");
        Matcher invalid = INVALID_VALUE.matcher(message);
        if (invalid.matches()) {
            message = invalid.group(1) + ": " + invalid.group(2);
        }
        return message + " " + helpPointer(cl);
    }

    /**
     * A word given where a verb of {@code spec} was expected, with the closest verb.
     *
     * @param orFile what else the word might have been meant as, e.g. " nor a file", or ""
     */
    static String notAVerb(CommandSpec spec, String word, String orFile) {
        List<String> verbs = new ArrayList<>(spec.subcommands().keySet());
        verbs.remove("help");
        return "'" + word + "' is not a verb of " + spec.qualifiedName(" ") + orFile + " (verbs: "
                + String.join(", ", verbs) + ")" + didYouMean(closest(word, verbs)) + " "
                + helpPointer(spec.commandLine());
    }

    private static String unknownOption(CommandLine cl, String option) {
        List<String> names = new ArrayList<>();
        cl.getCommandSpec().options().forEach(o -> names.add(o.longestName()));
        String bare = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
        return "unknown option " + bare + " of '" + name(cl) + "'" + didYouMean(closest(bare, names)) + " "
                + helpPointer(cl);
    }

    private static String didYouMean(List<String> suggestions) {
        return suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?";
    }

    /** The verbs within two edits of {@code word} (a typo), the closest first. */
    static List<String> closest(String word, List<String> verbs) {
        String w = word.toLowerCase(Locale.ROOT);
        int best = 3;
        List<String> found = new ArrayList<>();
        for (String verb : verbs) {
            int d = distance(w, verb);
            if (d < best) {
                best = d;
                found.clear();
            }
            if (d == best) {
                found.add(verb);
            }
        }
        return found;
    }

    /** Edit distance with transpositions (optimal string alignment): 'lable' is one edit from 'label'. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static CommandLine root(CommandLine cl) {
        while (cl.getParent() != null) {
            cl = cl.getParent();
        }
        return cl;
    }

    private static String name(CommandLine cl) {
        return cl.getCommandSpec().qualifiedName(" ");
    }

    /** {@code (see 'whosaid label --help')}; at the top, {@code (see 'whosaid help')}, which lists the verbs. */
    static String helpPointer(CommandLine cl) {
        boolean top = cl.getParent() == null;
        boolean hasHelpVerb = cl.getSubcommands().containsKey("help");
        return "(see '" + name(cl) + (top && hasHelpVerb ? " help" : " --help") + "')";
    }
}
