package whosaid.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Finds sentences in a paragraph with OpenNLP's English sentence detector.
 *
 * <p>The returned spans tile the paragraph's non-blank characters: whatever OpenNLP leaves between two of its
 * sentences is kept with the sentence before it, so no text is ever dropped. Sentences longer than
 * {@link #MAX_UNIT_CHARS} are cut at a space, because a page without sentence ends must not become one
 * unbounded unit.
 */
public final class SentenceSplitter {
    /** The longest unit, in chars; longer sentences are cut (and say so in their cue). */
    public static final int MAX_UNIT_CHARS = 2000;
    static final String LENGTH_CUE = SegmentCue.SPLIT_LENGTH.text();
    /** OpenNLP is fed at most this much at once, so that a huge paragraph cannot blow up its work. */
    private static final int MAX_DETECTOR_CHARS = 100_000;
    private static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static volatile SentenceModel sharedModel;

    // SentenceDetectorME is not thread-safe: one per thread, all sharing the one model.
    private final ThreadLocal<SentenceDetectorME> detector;

    public SentenceSplitter() {
        SentenceModel model = model();
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
    }

    private static SentenceModel model() {
        SentenceModel model = sharedModel;
        if (model == null) {
            synchronized (SentenceSplitter.class) {
                model = sharedModel;
                if (model == null) {
                    try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("OpenNLP sentence model " + MODEL_RESOURCE
                                    + " is not on the classpath");
                        }
                        model = new SentenceModel(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read OpenNLP sentence model", e);
                    }
                    sharedModel = model;
                }
            }
        }
        return model;
    }

    /** How many sentences the text's paragraphs hold: segmentation without the rest of labeling, as a yardstick. */
    public int count(String text) {
        int sentences = 0;
        for (Span paragraph : Paragraphs.of(text)) {
            sentences += split(text, paragraph).size();
        }
        return sentences;
    }

    /** Sentence spans of {@code text[paragraph.start:paragraph.end]}, trimmed, in order, tiling its non-blank text. */
    List<Span> split(String text, Span paragraph) {
        List<Span> sentences = new ArrayList<>();
        for (Span chunk : cut(text, paragraph, MAX_DETECTOR_CHARS, "")) {
            detectInto(text, chunk, sentences);
        }
        List<Span> bounded = new ArrayList<>(sentences.size());
        for (Span sentence : sentences) {
            bounded.addAll(cut(text, sentence, MAX_UNIT_CHARS, LENGTH_CUE));
        }
        return bounded;
    }

    private void detectInto(String text, Span chunk, List<Span> out) {
        String chunkText = text.substring(chunk.start(), chunk.end());
        opennlp.tools.util.Span[] found = detector.get().sentPosDetect(chunkText);
        int sentenceStart = chunk.start();
        for (int i = 0; i < found.length - 1; i++) {
            int boundary = chunk.start() + found[i].getEnd();
            int next = Blank.skipForward(text, boundary, chunk.end());
            if (Abbreviations.joinsNext(text.substring(Math.max(sentenceStart, boundary - 32), boundary).stripTrailing(),
                    text.substring(next, Math.min(chunk.end(), next + 1)))) {
                continue; // "St. Petersburg", "V. I. Lenin": OpenNLP ended the sentence too early
            }
            addTrimmed(text, sentenceStart, boundary, out);
            sentenceStart = boundary;
        }
        addTrimmed(text, sentenceStart, chunk.end(), out);
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        Span span = Blank.trim(text, new Span(start, end));
        if (span.length() > 0) {
            out.add(span);
        }
    }

    /** Cuts a span into pieces of at most {@code max} chars, at the last blank before the limit when there is one. */
    static List<Span> cut(String text, Span span, int max, String cue) {
        if (span.length() <= max) {
            return List.of(span);
        }
        List<Span> pieces = new ArrayList<>();
        int start = span.start();
        while (span.end() - start > max) {
            int limit = start + max;
            int cutAt = limit;
            while (cutAt > start + max / 2 && !Blank.isBlank(text.charAt(cutAt))) {
                cutAt--;
            }
            if (!Blank.isBlank(text.charAt(cutAt))) {
                cutAt = limit;
                if (Character.isLowSurrogate(text.charAt(cutAt)) && Character.isHighSurrogate(text.charAt(cutAt - 1))) {
                    cutAt--; // never split a surrogate pair
                }
            }
            Span piece = Blank.trim(text, new Span(start, cutAt, span.kind(), cue));
            if (piece.length() > 0) {
                pieces.add(piece);
            }
            start = Blank.skipForward(text, cutAt, span.end());
        }
        if (start < span.end()) {
            pieces.add(Blank.trim(text, new Span(start, span.end(), span.kind(), cue)));
        }
        return pieces;
    }
}
