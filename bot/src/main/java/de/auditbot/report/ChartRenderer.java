package de.auditbot.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ChartFactory;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws the radar chart of the category scores and the trend of the overall score, headless, as
 * PNG (for chat uploads and images) and SVG (for the HTML report and the page). Scores are shown
 * in percent; a category without any score is drawn at zero and labelled as such by the caller.
 */
final class ChartRenderer {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    private static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 12);

    /**
     * @param labels one per axis
     * @param scores 0..1 or null, same order as labels
     */
    JFreeChart radar(String title, String series, List<String> labels, List<Double> scores) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < labels.size(); i++) {
            Double score = scores.get(i);
            data.addValue(score == null ? 0 : score * 100, series, labels.get(i));
        }
        SpiderWebPlot plot = new SpiderWebPlot(data);
        plot.setMaxValue(100);
        plot.setLabelFont(FONT);
        plot.setSeriesPaint(0, new Color(0x00, 0x5c, 0xa9));
        plot.setSeriesOutlineStroke(0, new BasicStroke(2f));
        plot.setWebFilled(true);
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = new JFreeChart(title, new Font("DejaVu Sans", Font.BOLD, 16), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /**
     * @param labels one per run, e.g. its date
     * @param scores overall score after each run, 0..1 or null
     */
    JFreeChart trend(String title, String axis, List<String> labels, List<Double> scores) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < labels.size(); i++) {
            Double score = scores.get(i);
            // Two runs on one day must stay two points.
            data.addValue(score == null ? null : score * 100, axis, (i + 1) + ". " + labels.get(i));
        }
        JFreeChart chart = ChartFactory.createLineChart(title, null, axis, data, PlotOrientation.VERTICAL,
                false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
        plot.getDomainAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setTickLabelFont(FONT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.GRAY);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, new Color(0x00, 0x5c, 0xa9));
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    byte[] png(JFreeChart chart) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String svg(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement();
    }
}
