package io.wirestream.view;

import java.util.List;
import java.util.Locale;

/** Inline SVG sparklines: no script, no external image, styled by the stylesheet. */
final class Sparkline {

    private Sparkline() {}

    /** A line through {@code values} (oldest first) scaled to the largest, with the last point marked. */
    static String svg(List<Long> values, int width, int height, String label) {
        StringBuilder svg = new StringBuilder(64 + values.size() * 12);
        svg.append("<svg class=\"spark\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(label))
                .append("\" preserveAspectRatio=\"none\">");
        if (values.isEmpty()) {
            return svg.append("</svg>").toString();
        }
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        double step = values.size() == 1 ? 0 : (width - 2.0) / (values.size() - 1);
        double usable = height - 3.0;
        StringBuilder points = new StringBuilder();
        double lastX = 1;
        double lastY = height - 1.5;
        for (int i = 0; i < values.size(); i++) {
            lastX = 1 + i * step;
            lastY = 1.5 + usable - usable * values.get(i) / max;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", lastX, lastY));
        }
        svg.append("<polyline class=\"spark-area\" points=\"")
                .append(String.format(Locale.ROOT, "1.0,%.1f ", height - 0.5))
                .append(points)
                .append(String.format(Locale.ROOT, "%.1f,%.1f", lastX, height - 0.5))
                .append("\"/>");
        svg.append("<polyline class=\"spark-line\" points=\"")
                .append(points.toString().strip())
                .append("\"/>");
        svg.append(String.format(
                Locale.ROOT, "<circle class=\"spark-dot\" cx=\"%.1f\" cy=\"%.1f\" r=\"1.8\"/>", lastX, lastY));
        return svg.append("</svg>").toString();
    }
}
