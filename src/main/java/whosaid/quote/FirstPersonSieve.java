package whosaid.quote;

/** "as I wrote in 1905:", "we said then:": the author quotes themself, in the voice heard around the quotation. */
final class FirstPersonSieve implements RuleSieve {
    @Override
    public Sieve id() {
        return Sieve.FIRST_PERSON;
    }

    @Override
    public Attribution decide(Introduction in) {
        if (in.verb() == null) {
            return null;
        }
        return Introduction.FIRST_PERSON.matcher(in.subjectClause()).find()
                ? new Attribution(Sieve.FIRST_PERSON, Attribution.AUTHOR) : null;
    }
}
