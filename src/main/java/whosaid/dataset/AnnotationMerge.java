package whosaid.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import whosaid.eval.ConfusionMatrix;
import whosaid.eval.FleissKappa;
import whosaid.io.BadInputException;
import whosaid.io.CsvTable;

/**
 * Combines several annotators' copies of one dataset, unit by unit (matched by passage and unit number): the
 * label most annotators gave becomes {@code gold}; a tie is left for review with {@code gold} empty and
 * {@code status=conflict}, never guessed. Also measures how far the annotators agree.
 */
public final class AnnotationMerge {
    /** How a unit's votes were resolved. */
    public enum Status {
        /** At least two annotators, all giving the same label. */
        AGREED,
        /** Annotators disagreed, one label has more votes than any other. */
        MAJORITY,
        /** Two or more labels share the most votes: left for review. */
        CONFLICT,
        /** Only one annotator labeled the unit. */
        SINGLE,
        /** Nobody labeled it. */
        UNANNOTATED;

        public String cell() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One unit after merging; {@code votes} maps each label given to how many annotators gave it. */
    public record MergedUnit(String passage, int unit, String text, Map<String, Integer> votes, String gold,
                             Status status) {
        /** "Lenin:2;narrator:1": most votes first. */
        public String votesCell() {
            return votes.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(";"));
        }
    }

    /**
     * How far the annotators agree on the units all of them labeled.
     *
     * @param measure "Cohen's kappa" for two annotators, "Fleiss' kappa" for more
     */
    public record Agreement(String measure, long units, double observed, double kappa) {
    }

    /** The merged file, every unit's resolution, and the agreement. */
    public record Merged(CsvTable table, List<MergedUnit> units, Agreement agreement, List<String> annotators) {
        public long count(Status status) {
            return units.stream().filter(u -> u.status() == status).count();
        }
    }

    private record Key(String passage, int unit) {
    }

    /** One annotator's row for a unit. */
    private record Vote(CsvTable file, CsvTable.Row row, String label, boolean certain) {
    }

    private AnnotationMerge() {
    }

    public static Merged merge(List<CsvTable> files, String outputName) {
        if (files.size() < 2) {
            throw new BadInputException("merge needs at least two annotated files, got " + files.size());
        }
        Map<Key, List<Vote>> byUnit = new LinkedHashMap<>();
        for (CsvTable file : files) {
            collect(file, byUnit);
        }
        List<Key> keys = ordered(byUnit.keySet());
        CsvTable base = files.get(0);
        List<String> header = new ArrayList<>(base.header());
        for (String column : List.of("gold", "certain", "votes", "status")) {
            if (!header.contains(column)) {
                header.add(column);
            }
        }
        List<MergedUnit> units = new ArrayList<>();
        List<CsvTable.Row> rows = new ArrayList<>();
        for (Key key : keys) {
            List<Vote> votes = byUnit.get(key);
            MergedUnit merged = resolve(key, votes);
            units.add(merged);
            rows.add(new CsvTable.Row(0, cells(header, votes.get(0), merged, votes)));
        }
        return new Merged(new CsvTable(outputName, header, rows), units, agreement(files, byUnit),
                files.stream().map(CsvTable::name).toList());
    }

    private static void collect(CsvTable file, Map<Key, List<Vote>> byUnit) {
        int passage = file.require("passage");
        int unit = file.require("unit");
        int gold = file.require("gold");
        int certain = file.column("certain");
        int text = file.column("text");
        Set<Key> seen = new HashSet<>();
        for (CsvTable.Row row : file.rows()) {
            Key key = new Key(row.get(passage), number(file, row, unit));
            if (!seen.add(key)) {
                throw BadInputException.at(file.name(), row.line(), "unit " + key.unit() + " of passage '"
                        + key.passage() + "' appears twice");
            }
            List<Vote> votes = byUnit.computeIfAbsent(key, k -> new ArrayList<>());
            if (text >= 0 && !votes.isEmpty()) {
                Vote first = votes.get(0);
                int firstText = first.file().column("text");
                if (firstText >= 0 && !first.row().get(firstText).equals(row.get(text))) {
                    throw BadInputException.at(file.name(), row.line(), "unit " + key.unit() + " of passage '"
                            + key.passage() + "' has other text than in " + first.file().name() + ":"
                            + first.row().line() + "; merge copies of the same dataset");
                }
            }
            votes.add(new Vote(file, row, row.get(gold).strip(), certain < 0 || certain(file, row, certain)));
        }
    }

    private static int number(CsvTable file, CsvTable.Row row, int column) {
        try {
            return Integer.parseInt(row.get(column).strip());
        } catch (NumberFormatException e) {
            throw BadInputException.at(file.name(), row.line(), "'unit' is not a whole number: '" + row.get(column)
                    + "'");
        }
    }

    private static boolean certain(CsvTable file, CsvTable.Row row, int column) {
        return switch (row.get(column).strip().toLowerCase(Locale.ROOT)) {
            case "", "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw BadInputException.at(file.name(), row.line(), "'certain' must be true or false, not '"
                    + row.get(column) + "'");
        };
    }

    /** Passages in order of first appearance, units of a passage by number: reading order. */
    private static List<Key> ordered(Set<Key> keys) {
        Map<String, Integer> passageOrder = new LinkedHashMap<>();
        keys.forEach(k -> passageOrder.putIfAbsent(k.passage(), passageOrder.size()));
        return keys.stream()
                .sorted(Comparator.comparingInt((Key k) -> passageOrder.get(k.passage())).thenComparingInt(Key::unit))
                .toList();
    }

    private static MergedUnit resolve(Key key, List<Vote> votes) {
        Map<String, Integer> counts = new TreeMap<>();
        votes.stream().filter(v -> !v.label().isEmpty()).forEach(v -> counts.merge(v.label(), 1, Integer::sum));
        Map<String, Integer> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        List<Integer> tally = List.copyOf(ranked.values());
        int voters = tally.stream().mapToInt(Integer::intValue).sum();
        String top = ranked.isEmpty() ? "" : ranked.keySet().iterator().next();
        Status status;
        if (ranked.isEmpty()) {
            status = Status.UNANNOTATED;
        } else if (ranked.size() == 1) {
            status = voters == 1 ? Status.SINGLE : Status.AGREED;
        } else {
            status = tally.get(0) > tally.get(1) ? Status.MAJORITY : Status.CONFLICT;
        }
        String gold = status == Status.CONFLICT ? "" : top;
        String text = votes.get(0).file().column("text") < 0 ? ""
                : votes.get(0).row().get(votes.get(0).file().column("text"));
        return new MergedUnit(key.passage(), key.unit(), text, ranked, gold, status);
    }

    /**
     * The unit's row as the first file that has it gives it, with the merged {@code gold}. A majority that
     * overruled someone, or an annotator's own doubt, makes the unit uncertain ({@code certain=false}), so
     * evaluation can be reported without it.
     */
    private static List<String> cells(List<String> header, Vote first, MergedUnit merged, List<Vote> votes) {
        boolean resolved = !merged.gold().isEmpty();
        boolean doubted = merged.status() == Status.MAJORITY
                || votes.stream().anyMatch(v -> !v.label().isEmpty() && !v.certain());
        List<String> cells = new ArrayList<>(header.size());
        for (String column : header) {
            cells.add(switch (column) {
                case "gold" -> merged.gold();
                case "certain" -> resolved ? Boolean.toString(!doubted) : "";
                case "votes" -> merged.votesCell();
                case "status" -> merged.status().cell();
                default -> {
                    int i = first.file().column(column);
                    yield i < 0 ? "" : first.row().get(i);
                }
            });
        }
        return cells;
    }

    /** Cohen's kappa for two files, Fleiss' for more, over the units every file labeled. */
    private static Agreement agreement(List<CsvTable> files, Map<Key, List<Vote>> byUnit) {
        List<List<String>> complete = new ArrayList<>();
        TreeSet<String> labels = new TreeSet<>();
        for (List<Vote> votes : byUnit.values()) {
            List<String> ratings = votes.stream().map(Vote::label).filter(l -> !l.isEmpty()).toList();
            if (ratings.size() == files.size()) {
                complete.add(ratings);
                labels.addAll(ratings);
            }
        }
        if (files.size() == 2) {
            ConfusionMatrix matrix = new ConfusionMatrix(List.copyOf(labels));
            complete.forEach(r -> matrix.add(r.get(0), r.get(1)));
            return new Agreement("Cohen's kappa", matrix.total(), matrix.accuracy(), matrix.kappa());
        }
        FleissKappa fleiss = new FleissKappa(List.copyOf(labels), files.size());
        complete.forEach(fleiss::add);
        return new Agreement("Fleiss' kappa", fleiss.items(), fleiss.observed(), fleiss.kappa());
    }
}
