package whosaid.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a passage into units: paragraphs, then OpenNLP sentences, then quotation splits.
 *
 * <p>The units of a passage never overlap, stay in reading order, and together cover every non-blank character
 * of the text. Thread-safe: the sentence splitter keeps one OpenNLP detector per thread.
 */
public final class Segmenter {
    private final SentenceSplitter sentences;

    public Segmenter() {
        this(new SentenceSplitter());
    }

    public Segmenter(SentenceSplitter sentences) {
        this.sentences = sentences;
    }

    public List<Unit> segment(Passage passage) {
        String text = passage.text();
        CodePointIndex codePoints = new CodePointIndex(text);
        List<Unit> units = new ArrayList<>();
        List<Span> paragraphs = Paragraphs.of(text);
        for (int p = 0; p < paragraphs.size(); p++) {
            QuoteSplitter quotes = new QuoteSplitter();
            for (Span sentence : sentences.split(text, paragraphs.get(p))) {
                for (Span part : quotes.split(text, sentence)) {
                    String cue = sentence.cue().isEmpty() ? part.cue()
                            : part.cue().isEmpty() ? sentence.cue() : part.cue() + ";" + sentence.cue();
                    units.add(new Unit(passage.id(), units.size(), codePoints.toCodePoint(part.start()),
                            codePoints.toCodePoint(part.end()), text.substring(part.start(), part.end()),
                            part.kind(), p, cue));
                }
            }
        }
        return units;
    }
}
