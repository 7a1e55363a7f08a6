package whosaid.eval;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The PNG charts of an HTML report, drawn off screen (java.awt.headless). */
final class Charts {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 420;
    /** The model first, in strong colours; the baselines after it in greys. */
    private static final Color[] PALETTE = {new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x9E9E9E),
        new Color(0x4D4D4D), new Color(0x2CA02C)};

    private Charts() {
    }

    /**
     * The chart with a line below it saying what it was measured on and, in red, its caveat: drawn into the image
     * itself, so that a chart copied into a paper or a slide keeps them.
     */
    static byte[] captioned(byte[] png, String what, String caveat) throws IOException {
        java.awt.image.BufferedImage chart = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        int extra = caveat.isEmpty() ? 24 : 44;
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(chart.getWidth(),
                chart.getHeight() + extra, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(chart, 0, 0, null);
            g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                    java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12));
            g.setColor(new Color(0x333333));
            g.drawString(what, 10, chart.getHeight() + 16);
            if (!caveat.isEmpty()) {
                g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 12));
                g.setColor(new Color(0xB00020));
                g.drawString(caveat, 10, chart.getHeight() + 36);
            }
        } finally {
            g.dispose();
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(out, "png", bytes);
        return bytes.toByteArray();
    }

    /** Rows gold, columns predicted; each cell the share of its gold label's units, so rare labels show too. */
    static byte[] confusion(ConfusionMatrix m, String title) throws IOException {
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("predicted").yAxisTitle("gold").build();
        chart.getStyler().setShowValue(true).setHeatMapValueDecimalPattern("0")
                .setMin(0).setMax(100)
                .setRangeColors(new Color[] {new Color(0xF7FBFF), new Color(0x6BAED6), new Color(0x08306B)})
                .setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setValueFontColor(Color.BLACK);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        List<String> labels = m.labels();
        // the chart's y axis grows upwards: reverse it so the first label is the top row, as in the table
        List<String> rows = new ArrayList<>(labels);
        java.util.Collections.reverse(rows);
        List<Number[]> cells = new ArrayList<>();
        for (int y = 0; y < rows.size(); y++) {
            long support = m.support(rows.get(y));
            for (int x = 0; x < labels.size(); x++) {
                double share = support == 0 ? 0 : 100.0 * m.count(rows.get(y), labels.get(x)) / support;
                cells.add(new Number[] {x, y, share});
            }
        }
        chart.addSeries("% of gold label", labels, rows, cells);
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }

    /** F1 of each label and the macro average, one bar per system. */
    static byte[] f1Bars(List<String> labels, List<String> systems, List<Figures> figures, String title)
            throws IOException {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .yAxisTitle("F1").build();
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setYAxisDecimalPattern("0.0");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setSeriesColors(PALETTE);
        List<String> categories = new ArrayList<>(labels);
        categories.add("macro");
        for (int s = 0; s < systems.size(); s++) {
            ConfusionMatrix m = figures.get(s).confusion();
            List<Double> values = new ArrayList<>();
            labels.forEach(l -> values.add(m.f1(l)));
            values.add(m.macroF1());
            chart.addSeries(systems.get(s), categories, values);
        }
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }

    /** Accuracy of the units kept, and the share kept, as the confidence threshold rises. */
    static byte[] coverage(List<String> systems, List<Figures> figures, String title) throws IOException {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT + 60).title(title)
                .xAxisTitle("confidence threshold").yAxisTitle("share").build();
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setXAxisMin(0.0).setXAxisMax(1.0)
                .setYAxisDecimalPattern("0.0").setXAxisDecimalPattern("0.0");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        for (int s = 0; s < systems.size(); s++) {
            Color color = PALETTE[s % PALETTE.length];
            // accuracy is undefined where no unit is kept: those thresholds are left off its line
            List<Coverage.Point> points = figures.get(s).coverage().points();
            List<Coverage.Point> kept = points.stream().filter(p -> p.kept() > 0).toList();
            XYSeries accuracy = chart.addSeries(systems.get(s) + ": accuracy",
                    kept.stream().map(Coverage.Point::threshold).toList(),
                    kept.stream().map(Coverage.Point::accuracy).toList());
            accuracy.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(color);
            accuracy.setLineColor(color);
            XYSeries share = chart.addSeries(systems.get(s) + ": units kept",
                    points.stream().map(Coverage.Point::threshold).toList(),
                    points.stream().map(Coverage.Point::coverage).toList());
            share.setMarker(SeriesMarkers.DIAMOND).setMarkerColor(color);
            share.setLineStyle(SeriesLines.DASH_DASH).setLineColor(color);
        }
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }

    /** The reliability diagram: each confidence bin's accuracy against its mean confidence, beside the diagonal. */
    static byte[] reliability(String system, Reliability reliability, String title) throws IOException {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT + 60).title(title)
                .xAxisTitle("confidence").yAxisTitle("accuracy").build();
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setXAxisMin(0.0).setXAxisMax(1.0)
                .setYAxisDecimalPattern("0.0").setXAxisDecimalPattern("0.0");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        XYSeries diagonal = chart.addSeries("perfect calibration", List.of(0.0, 1.0), List.of(0.0, 1.0));
        diagonal.setMarker(SeriesMarkers.NONE);
        diagonal.setLineStyle(SeriesLines.DASH_DASH).setLineColor(Color.GRAY);
        List<Reliability.Bin> bins = reliability.bins().stream().filter(b -> b.units() > 0).toList();
        if (!bins.isEmpty()) {
            XYSeries observed = chart.addSeries(system, bins.stream().map(Reliability.Bin::meanConfidence).toList(),
                    bins.stream().map(Reliability.Bin::accuracy).toList());
            observed.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(PALETTE[0]);
            observed.setLineColor(PALETTE[0]);
        }
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }
}
