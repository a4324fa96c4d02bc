package io.gatehouse.console;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.gatehouse.requestlog.LogChart;

/**
 * The Logs page's chart, laid out for an inline SVG: one stacked bar per bucket (2xx at the bottom, then
 * other, 4xx, 5xx), scaled to the busiest bucket, with its numbers in words for tooltips, the aria label and the
 * table that stands in for the picture. Coordinates are pre-formatted so the template only places them.
 */
record LogChartView(String heading, String range, String ariaLabel, long total, List<Series> legend,
        List<Bar> bars, List<Tick> ticks, List<TimeLabel> times, List<Row> rows) {

    static final int WIDTH = 720;
    static final int HEIGHT = 200;
    private static final double LEFT = 56;
    private static final double RIGHT = WIDTH - 8;
    private static final double TOP = 10;
    private static final double BOTTOM = 172;

    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHORT_DAY_TIME =
            DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    static LogChartView of(LogChart chart) {
        long minutes = Math.max(1, chart.bucketMinutes());
        String heading = minutes == 1 ? "Requests per minute"
                : "Requests per minute (average over " + width(chart.bucket()) + " buckets)";
        String range = DAY_TIME.format(chart.from()) + " – " + DAY_TIME.format(chart.to()) + " UTC";
        long success = 0, client = 0, server = 0, other = 0;
        for (LogChart.Bucket b : chart.buckets()) {
            success += b.success();
            client += b.clientErrors();
            server += b.serverErrors();
            other += b.other();
        }
        List<Series> legend = new ArrayList<>(List.of(new Series("2xx success", "chart-2xx", success),
                new Series("4xx refused or invalid", "chart-4xx", client),
                new Series("5xx server error", "chart-5xx", server)));
        if (other > 0) {
            legend.add(new Series("Other (1xx, 3xx)", "chart-other", other));
        }
        String aria = "Bar chart, " + heading.toLowerCase(Locale.ENGLISH) + ", by status class, " + range + ": "
                + chart.total() + " requests, " + success + " 2xx, " + client + " 4xx, " + server + " 5xx"
                + (other > 0 ? ", " + other + " other" : "") + ". The same numbers are in the table below the chart.";
        return new LogChartView(heading, range, aria, chart.total(), legend, bars(chart, minutes),
                ticks(chart.busiest(), minutes), times(chart), rows(chart, minutes));
    }

    private static List<Bar> bars(LogChart chart, long minutes) {
        List<LogChart.Bucket> buckets = chart.buckets();
        double slot = (RIGHT - LEFT) / buckets.size();
        double barWidth = slot > 3 ? slot - 1 : slot;
        double scale = chart.busiest() == 0 ? 0 : (BOTTOM - TOP) / chart.busiest();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            LogChart.Bucket b = buckets.get(i);
            if (b.total() == 0) {
                continue;
            }
            List<Segment> segments = new ArrayList<>();
            double y = BOTTOM;
            long[] counts = { b.success(), b.other(), b.clientErrors(), b.serverErrors() };
            String[] classes = { "chart-2xx", "chart-other", "chart-4xx", "chart-5xx" };
            for (int s = 0; s < counts.length; s++) {
                if (counts[s] > 0) {
                    double height = counts[s] * scale;
                    y -= height;
                    segments.add(new Segment(classes[s], number(y), number(height)));
                }
            }
            String title = when(b.start(), chart.bucket()) + ": " + b.total() + " requests, "
                    + rate(b.total(), minutes) + " per minute — 2xx: " + b.success() + ", 4xx: " + b.clientErrors()
                    + ", 5xx: " + b.serverErrors() + (b.other() > 0 ? ", other: " + b.other() : "");
            bars.add(new Bar(number(LEFT + i * slot), number(barWidth), title, segments));
        }
        return bars;
    }

    /** Horizontal grid lines at the busiest bucket's rate and at half of it, labelled per minute. */
    private static List<Tick> ticks(long busiest, long minutes) {
        List<Tick> ticks = new ArrayList<>(List.of(new Tick(number(BOTTOM), "0")));
        if (busiest > 0) {
            ticks.add(new Tick(number((TOP + BOTTOM) / 2), rate(busiest, minutes * 2)));
            ticks.add(new Tick(number(TOP), rate(busiest, minutes) + "/min"));
        }
        return ticks;
    }

    /** Time labels under the chart: its start, middle and end. */
    private static List<TimeLabel> times(LogChart chart) {
        Duration span = Duration.between(chart.from(), chart.to());
        DateTimeFormatter format = span.compareTo(Duration.ofDays(1)) <= 0 ? TIME
                : span.compareTo(Duration.ofDays(7)) <= 0 ? SHORT_DAY_TIME : DAY;
        Instant middle = chart.from().plus(span.dividedBy(2));
        return List.of(new TimeLabel(number(LEFT), format.format(chart.from()), "start"),
                new TimeLabel(number((LEFT + RIGHT) / 2), format.format(middle), "middle"),
                new TimeLabel(number(RIGHT), format.format(chart.to()), "end"));
    }

    private static List<Row> rows(LogChart chart, long minutes) {
        return chart.buckets().stream().filter(b -> b.total() > 0)
                .map(b -> new Row(when(b.start(), chart.bucket()), b.success(), b.clientErrors(), b.serverErrors(),
                        b.other(), rate(b.total(), minutes)))
                .toList();
    }

    private static String when(Instant start, Duration bucket) {
        Instant end = start.plus(bucket);
        boolean sameDay = start.atOffset(ZoneOffset.UTC).toLocalDate().equals(
                end.minusNanos(1).atOffset(ZoneOffset.UTC).toLocalDate());
        return DAY_TIME.format(start) + "–" + (sameDay ? TIME.format(end) : DAY_TIME.format(end)) + " UTC";
    }

    private static String width(Duration bucket) {
        long minutes = bucket.toMinutes();
        if (minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + "-day";
        }
        return minutes % 60 == 0 ? minutes / 60 + "-hour" : minutes + "-minute";
    }

    /** Requests per minute, with as many decimals as a small rate needs. */
    static String rate(long requests, long minutes) {
        double perMinute = (double) requests / minutes;
        String pattern = perMinute >= 10 || perMinute == Math.rint(perMinute) ? "%.0f"
                : perMinute >= 1 ? "%.1f" : "%.2f";
        return String.format(Locale.ENGLISH, pattern, perMinute);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    record Series(String label, String cssClass, long total) {
    }

    record Bar(String x, String width, String title, List<Segment> segments) {
    }

    record Segment(String cssClass, String y, String height) {
    }

    /** A horizontal grid line: its y and the rate it stands for. */
    record Tick(String at, String label) {
    }

    /** A time under the chart: its x, text, and which end of the text sits at x. */
    record TimeLabel(String at, String label, String anchor) {
    }

    record Row(String time, long success, long clientErrors, long serverErrors, long other, String perMinute) {
    }
}
