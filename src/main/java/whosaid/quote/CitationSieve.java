package whosaid.quote;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import whosaid.text.Speakers;

/**
 * A source cited in brackets, its author first: "“Development is the ‘struggle’ of opposites.” (Lenin, Vol. XIII, p.
 * 301.)", as Stalin and Lenin cite. No speech word is needed; "(Ibid.)" names nobody and passes.
 */
final class CitationSieve implements RuleSieve {
    /** The first item of a bracketed reference: up to its first comma, semicolon or closing bracket. */
    private static final Pattern REFERENCE = Pattern.compile("\\(\\s*(?:see\\s+|cf\\.\\s+)?([^,;()]{1,40})[,;)]",
            Pattern.CASE_INSENSITIVE);

    @Override
    public Sieve id() {
        return Sieve.CITATION;
    }

    @Override
    public Attribution decide(Introduction in) {
        Matcher m = REFERENCE.matcher(in.whole());
        if (!m.find()) {
            return null;
        }
        String author = m.group(1).strip();
        List<Speakers.Mention> named = in.speakers().find(author);
        // the whole first item is the name ("Lenin", "J. V. Stalin"), not a work that mentions one
        boolean byName = named.size() == 1 && named.get(0).start() == 0 && named.get(0).end() == author.length();
        return byName ? new Attribution(Sieve.CITATION, named.get(0).label()) : null;
    }
}
