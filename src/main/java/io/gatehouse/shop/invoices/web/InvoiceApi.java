package io.gatehouse.shop.invoices.web;

import java.util.List;
import java.util.Map;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.ApiController;
import io.gatehouse.access.ApiPage;
import io.gatehouse.access.ApiQuery;
import io.gatehouse.access.ListQuery;
import io.gatehouse.shop.invoices.InvoiceLine;
import io.gatehouse.shop.invoices.InvoiceRecord;
import io.gatehouse.shop.invoices.Invoices;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** {@code /api/v3/invoices}: invoices with their lines and totals, read-only. */
@ApiController
@RequestMapping("/api/v3/invoices")
class InvoiceApi {

    private final Invoices invoices;

    InvoiceApi(Invoices invoices) {
        this.invoices = invoices;
    }

    @GetMapping
    ApiPage list(HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        ListQuery query = ApiQuery.list(request, Invoices.QUERY, caller);
        return ApiPage.of(request, query, invoices.count(query, caller.visibility()),
                represent(invoices.list(query, caller.visibility()), caller));
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        ApiQuery.item(request, Invoices.QUERY, caller);
        return represent(List.of(invoices.visible(id, caller.visibility())), caller).get(0);
    }

    /** The lines of the whole page come in one query, and not at all when the caller may not see them. */
    private List<Map<String, Object>> represent(List<InvoiceRecord> page, ApiCaller caller) {
        Map<Long, List<InvoiceLine>> lines = caller.hidden("invoice").contains("lines") ? Map.of()
                : invoices.lines(page.stream().map(InvoiceRecord::id).toList());
        return page.stream().map(i -> i.representation(caller, lines.getOrDefault(i.id(), List.of()))).toList();
    }
}
