package io.gatehouse.console;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.gatehouse.requestlog.LogFilter;
import io.gatehouse.requestlog.LogPage;
import io.gatehouse.requestlog.RequestLogEntry;
import io.gatehouse.requestlog.RequestLogs;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriUtils;

/**
 * Fills the Logs pages of one client or user token: the entries of the filters (all kept entries when no range
 * is chosen), the chart of the chosen range (the last 24 hours when none is), the links between pages, and the
 * detail of one entry.
 */
@Component
class LogsPage {

    static final String VIEW = "console/logs/list";
    static final String DETAIL = "console/logs/detail";
    static final int PAGE_SIZE = 50;
    static final Duration DEFAULT_CHART_RANGE = Duration.ofHours(24);

    private final RequestLogs logs;
    private final Clock clock;

    LogsPage(RequestLogs logs, Clock clock) {
        this.logs = logs;
        this.clock = clock;
    }

    /** @return false when a filter could not be read: the page then shows why instead of entries */
    boolean render(LogOwner owner, LogFilterForm typed, Model model) {
        // Without sessions there is no session filter: a stray parameter must not silently empty the list.
        LogFilterForm form = owner.hasSessions() ? typed : typed.withoutSession();
        String base = owner.basePath();
        LogFilterForm.Parsed parsed = form.parse(owner.subject());
        model.addAttribute("owner", owner);
        model.addAttribute("form", form);
        model.addAttribute("errors", parsed.errors());
        model.addAttribute("statuses", LogFilterForm.STATUSES);
        model.addAttribute("methods", LogFilterForm.METHODS);
        model.addAttribute("base", base);
        model.addAttribute("narrowed", form.narrowed());
        Instant now = clock.instant();
        model.addAttribute("ranges", ranges(form, base, now));
        if (!parsed.errors().isEmpty()) {
            return false;
        }
        LogFilter filter = parsed.filter();
        LogPage page = logs.page(filter, parsed.cursor(), PAGE_SIZE);
        model.addAttribute("rows", page.entries().stream().map(LogRow::of).toList());
        model.addAttribute("olderHref", page.hasOlder()
                ? href(base, form.parameters(Map.of("after", page.next().token()))) : null);
        model.addAttribute("newestHref", parsed.cursor() != null ? href(base, form.parameters(Map.of())) : null);
        model.addAttribute("rangeNote", rangeNote(form));
        model.addAttribute("chart", LogChartView.of(logs.chart(chartRange(filter, now))));
        return true;
    }

    /** One entry of the owner, or the console's 404 when the id is another's (or nobody's). */
    String renderEntry(LogOwner owner, String requestId, Model model) {
        RequestLogEntry entry = logs.find(owner.subject(), requestId).orElseThrow(PageNotFoundException::new);
        model.addAttribute("owner", owner);
        model.addAttribute("entry", LogRow.of(entry));
        model.addAttribute("sessionHref", entry.sessionId() == null ? null
                : href(owner.basePath(), Map.of("session", entry.sessionId())));
        return DETAIL;
    }

    /** The chart's range: the one chosen, completed with "now" or 24 hours; whole minutes when it ends now. */
    static LogFilter chartRange(LogFilter filter, Instant now) {
        Instant endOfThisMinute = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        Instant to = filter.to();
        if (to == null) {
            to = filter.from() != null && !filter.from().isBefore(endOfThisMinute)
                    ? filter.from().plus(DEFAULT_CHART_RANGE) : endOfThisMinute;
        }
        Instant from = filter.from() != null ? filter.from() : to.minus(DEFAULT_CHART_RANGE);
        return filter.between(from, to);
    }

    private static String rangeNote(LogFilterForm form) {
        if (!form.hasRange()) {
            return "No time range chosen: the list shows every entry kept, newest first, and the chart the last "
                    + "24 hours.";
        }
        return "The list and the chart show the chosen time range (UTC).";
    }

    /** Shortcuts that set the range to the last hour, day or week, keeping the other filters. */
    private static List<RangeLink> ranges(LogFilterForm form, String base, Instant now) {
        Map<String, Duration> choices = new LinkedHashMap<>();
        choices.put("Last hour", Duration.ofHours(1));
        choices.put("Last 24 hours", Duration.ofHours(24));
        choices.put("Last 7 days", Duration.ofDays(7));
        List<RangeLink> links = choices.entrySet().stream()
                .map(choice -> {
                    Map<String, String> range = new LinkedHashMap<>();
                    range.put("from", LogFilterForm.inputValue(now.minus(choice.getValue())));
                    range.put("to", null);
                    return new RangeLink(choice.getKey(), href(base, form.parameters(range)));
                })
                .collect(Collectors.toList());
        Map<String, String> allTime = new LinkedHashMap<>();
        allTime.put("from", null);
        allTime.put("to", null);
        links.add(new RangeLink("All kept entries", href(base, form.parameters(allTime))));
        return links;
    }

    static String href(String base, Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return base;
        }
        return base + "?" + parameters.entrySet().stream()
                .map(p -> p.getKey() + "=" + UriUtils.encodeQueryParam(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    record RangeLink(String label, String href) {
    }
}
