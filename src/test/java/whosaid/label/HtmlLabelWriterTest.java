package whosaid.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import whosaid.quote.Attribution;
import whosaid.quote.Cue;
import whosaid.quote.Sieve;
import whosaid.text.Unit;
import whosaid.text.UnitKind;

class HtmlLabelWriterTest {
    private static final List<String> LABELS = List.of("Lenin", "Stalin", "Trotsky", "narrator");

    /** A passage of units, one per text, each in the given paragraph, labeled in turn by the given voices. */
    private static List<LabeledUnit> passage(String id, List<String> texts, List<Integer> paragraphs,
                                             List<String> voices, List<Cue> cues) {
        List<LabeledUnit> units = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            int end = start + text.codePointCount(0, text.length());
            double[] p = {0.1, 0.1, 0.1, 0.1};
            int voice = LABELS.indexOf(voices.get(i));
            p[voice] = 0.7;
            units.add(new LabeledUnit(new Unit(id, i, start, end, text, UnitKind.SENTENCE, paragraphs.get(i), ""),
                    voices.get(i), 0.7, p, cues.get(i)));
            start = end + 1;
        }
        return units;
    }

    private static String page(List<List<LabeledUnit>> passages) throws Exception {
        StringBuilder out = new StringBuilder();
        try (LabelWriter writer = LabelWriter.of("html", out, LABELS)) {
            for (List<LabeledUnit> p : passages) {
                writer.write(p);
            }
        }
        return out.toString();
    }

    private static Document parse(String html) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    private static NodeList select(Document doc, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
    }

    /** A unit's text as the page shows it: the span's own text, without its hidden details. */
    private static String shownText(Element unit) {
        StringBuilder text = new StringBuilder();
        for (Node n = unit.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                text.append(n.getNodeValue());
            }
        }
        return text.toString();
    }

    private static final Cue NAMED = Cue.NONE.withAttribution(new Attribution(Sieve.NAMED, "Lenin"));

    @Test
    void everyUnitIsShownWithItsVoiceAndDetailsInParagraphsAndPassagesAreLinked() throws Exception {
        List<LabeledUnit> first = passage("a.txt", List.of("Lenin wrote:", "Stalin is too rude.", "A new point."),
                List.of(0, 0, 1), List.of("narrator", "Lenin", "Trotsky"),
                List.of(new Cue("Lenin", null, ""), NAMED, Cue.NONE));
        List<LabeledUnit> second = passage("dir/b.txt", List.of("Only one."), List.of(0), List.of("Stalin"),
                List.of(Cue.NONE));
        String html = page(List.of(first, second));
        Document doc = parse(html); // well-formed, so any XML tool reads it

        NodeList units = select(doc, "//span[contains(concat(' ', @class, ' '), ' u ')]");
        assertThat(units.getLength()).isEqualTo(4);
        List<LabeledUnit> all = new ArrayList<>(first);
        all.addAll(second);
        for (int i = 0; i < all.size(); i++) {
            Element unit = (Element) units.item(i);
            assertThat(shownText(unit)).isEqualTo(all.get(i).unit().text());
            assertThat(unit.getAttribute("data-voice")).isEqualTo(all.get(i).label());
            assertThat(unit.getAttribute("tabindex")).as("focusable, so a click shows the details").isEqualTo("0");
        }
        assertThat(((Element) units.item(1)).getAttribute("id")).isEqualTo("p0-u1");
        assertThat(((Element) units.item(3)).getAttribute("id")).isEqualTo("p1-u0");
        String tip = units.item(1).getLastChild().getTextContent();
        assertThat(tip).contains("Lenin 0.7000", "Stalin 0.1000", "quotation rule 'named'", "cue sieve:named:Lenin");
        assertThat(units.item(0).getLastChild().getTextContent()).contains("classifier",
                "introduces a quotation of Lenin");

        assertThat(select(doc, "//section[@id='p0']//div[@class='text']/p").getLength()).as("paragraphs")
                .isEqualTo(2);
        assertThat(select(doc, "//section[@id='p0']//nav//a[@href='#p1']").getLength()).isEqualTo(1);
        assertThat(select(doc, "//section[@id='p1']//nav//a[@href='#p0']").getLength()).isEqualTo(1);
        assertThat(select(doc, "//section[@id='p1']//nav//a[@href='#p2']").getLength()).isZero();
        NodeList index = select(doc, "//nav[@id='index']//a");
        assertThat(index.getLength()).isEqualTo(2);
        assertThat(index.item(1).getTextContent()).isEqualTo("dir/b.txt");
        NodeList legend = select(doc, "//div[@class='legend']/span[@class='key']");
        assertThat(legend.getLength()).isEqualTo(LABELS.size());
        for (int i = 0; i < LABELS.size(); i++) {
            assertThat(legend.item(i).getTextContent()).isEqualTo(LABELS.get(i));
        }
    }

    @Test
    void theSummaryCountsVoicesPerPassage() throws Exception {
        List<LabeledUnit> p = passage("a.txt", List.of("One.", "Two.", "Three."), List.of(0, 0, 0),
                List.of("Trotsky", "Trotsky", "Lenin"), List.of(Cue.NONE, Cue.NONE, NAMED));
        Document doc = parse(page(List.of(p)));
        NodeList rows = select(doc, "//section[@id='p0']//table[@class='voices']//tr[td]");
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < rows.getLength(); i++) {
            cells.add(rows.item(i).getTextContent());
        }
        assertThat(cells).containsExactly("Lenin133%", "Stalin00%", "Trotsky267%", "narrator00%");
        assertThat(select(doc, "//section[@id='p0']//p[@class='facts']").item(0).getTextContent())
                .contains("3 units", "mean confidence 0.70", "1 quotation(s) decided by a rule");
    }

    @Test
    void textAndNamesThatLookLikeMarkupAreShownAsText() throws Exception {
        String nasty = "<script>alert('x')</script> & \"quoted\" <b>bold</b> &amp;";
        List<LabeledUnit> p = passage("<img src=x onerror=alert(1)>.txt", List.of(nasty, "line one\nline two"),
                List.of(0, 0), List.of("Lenin", "Stalin"), List.of(Cue.NONE, Cue.NONE));
        String html = page(List.of(p));
        assertThat(html).doesNotContain("<script", "<img", "<b>bold");
        Document doc = parse(html);
        NodeList units = select(doc, "//span[contains(concat(' ', @class, ' '), ' u ')]");
        assertThat(shownText((Element) units.item(0))).isEqualTo(nasty);
        assertThat(shownText((Element) units.item(1))).isEqualTo("line one\nline two");
        assertThat(select(doc, "//section/h2").item(0).getTextContent()).isEqualTo("<img src=x onerror=alert(1)>.txt");
    }

    @Test
    void aLabelThatLooksLikeMarkupIsEscapedToo() throws Exception {
        List<String> labels = List.of("<i>", "a\"b");
        StringBuilder out = new StringBuilder();
        try (LabelWriter writer = LabelWriter.of("html", out, labels)) {
            writer.write(List.of(new LabeledUnit(new Unit("x", 0, 0, 3, "Hi.", UnitKind.SENTENCE, 0, ""), "a\"b",
                    0.6, new double[] {0.4, 0.6}, Cue.NONE)));
        }
        Document doc = parse(out.toString());
        assertThat(select(doc, "//span[@data-voice='a\"b']").getLength()).isEqualTo(1);
        assertThat(out.toString()).doesNotContain("<i>");
    }

    @Test
    void thePageNeedsNothingFromOutside() throws Exception {
        String html = page(List.of(passage("a.txt", List.of("One."), List.of(0), List.of("Lenin"),
                List.of(Cue.NONE))));
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script", "<link", "src=", "@import",
                "url(", "http:", "https:");
    }

    @Test
    void anEmptyRunIsStillAPageThatSaysSo() throws Exception {
        Document doc = parse(page(List.of(List.of())));
        assertThat(select(doc, "//section").getLength()).isZero();
        assertThat(select(doc, "//nav[@id='index']").item(0).getTextContent()).contains("No passage");
    }

    @Test
    void theFrameVoiceIsShownInTheSummaryOnceTheLabelingResultCarriesIt() {
        HtmlLabelWriter.Summary without = new HtmlLabelWriter.Summary("a.txt", new int[] {1, 0, 0, 0}, 1, 0.5, 0,
                Optional.empty());
        assertThat(HtmlLabelWriter.summaryHtml(without, LABELS)).doesNotContain("Frame voice");
        HtmlLabelWriter.Summary with = new HtmlLabelWriter.Summary("a.txt", new int[] {1, 0, 0, 0}, 1, 0.5, 0,
                Optional.of(new HtmlLabelWriter.FrameVoice("<Trotsky>", 0.625)));
        assertThat(HtmlLabelWriter.summaryHtml(with, LABELS)).contains("Frame voice: <b>&lt;Trotsky&gt;</b> "
                + "(probability 0.63)");
    }

    @Test
    void theFrameVoiceIsReadFromTheLabeledUnits() {
        Unit u = new Unit("a.txt", 0, 0, 3, "Hi.", UnitKind.SENTENCE, 0, "");
        double[] p = {0.7, 0.1, 0.1, 0.1};
        LabeledUnit plain = new LabeledUnit(u, "Lenin", 0.7, p, whosaid.quote.Cue.NONE);
        assertThat(HtmlLabelWriter.frameVoice(List.of(plain))).isEmpty();
        LabeledUnit framed = new LabeledUnit(u, "Lenin", 0.7, p, whosaid.quote.Cue.NONE,
                new Frame("Trotsky", 0.8, 0, "Lenin", 0.6));
        assertThat(HtmlLabelWriter.frameVoice(List.of(plain, framed)))
                .contains(new HtmlLabelWriter.FrameVoice("Trotsky", 0.8));
    }

    @Property(tries = 500)
    void escapedTextHasNoMarkupAndReadsBackAsItWas(@ForAll String text) throws Exception {
        String escaped = HtmlLabelWriter.escape(text);
        assertThat(escaped).doesNotContain("<", ">", "\"", "'");
        assertThat(escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&")).isEqualTo(text);
    }
}
