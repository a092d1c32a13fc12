package io.hydrascope.report;

import io.hydrascope.analysis.graph.ClusterGraph;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Renders charts and cluster pictures as {@code data:} URIs, so reports embed every image and load nothing: SVG for
 * the HTML report (sharp at any zoom) and PNG at twice the size for the PDF (its renderer draws bitmaps).
 */
final class Pictures {
    enum Kind { SVG, PNG }

    private final Kind kind;
    private int drawn;

    Pictures(Kind kind) {
        this.kind = kind;
    }

    String chart(JFreeChart chart, int width, int height) {
        return render(width, height, g -> chart.draw(g, new Rectangle(0, 0, width, height)));
    }

    String graph(ClusterGraph graph, int width, int height) {
        return render(width, height, g -> GraphPicture.draw(g, graph, width, height));
    }

    private String render(int width, int height, Consumer<Graphics2D> painter) {
        if (kind == Kind.SVG) {
            SVGGraphics2D g = new SVGGraphics2D(width, height);
            g.setDefsKeyPrefix("p" + drawn++ + "-"); // the default prefix is time-based: same report, same bytes
            painter.accept(g);
            byte[] svg = g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
            return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg);
        }
        BufferedImage image = new BufferedImage(2 * width, 2 * height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(2, 2);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
