package io.gatehouse.support;

import java.util.Arrays;

/** Reads samples out of {@code /actuator/prometheus}'s text, as an operator's scraper would. */
public final class ScrapedMetrics {

    private ScrapedMetrics() {
    }

    /** The sum of the named sample's values over its series that carry every given label (e.g. {@code level="warn"}). */
    public static double sum(String scraped, String sample, String... labels) {
        return scraped.lines()
                .filter(line -> line.startsWith(sample + "{"))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
