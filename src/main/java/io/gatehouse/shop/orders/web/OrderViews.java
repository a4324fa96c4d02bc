package io.gatehouse.shop.orders.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.Representation;
import io.gatehouse.shop.customers.CustomerRecord;
import io.gatehouse.shop.customers.Customers;
import io.gatehouse.shop.devices.DeviceRecord;
import io.gatehouse.shop.devices.Devices;
import io.gatehouse.shop.orders.OrderLines;
import io.gatehouse.shop.orders.OrderNotes;
import io.gatehouse.shop.orders.OrderRecord;
import io.gatehouse.shop.orders.OrderTasks;

import org.springframework.stereotype.Component;

/**
 * Orders as the caller sees them, with the related records {@code expand} asked for. The related records of
 * a whole page are read at once, one query per expansion, never one per order. Every related record is
 * read through the caller's visibility and shown through its own representation, so its exclusions apply.
 */
@Component
class OrderViews {

    private final OrderLines lines;
    private final OrderNotes notes;
    private final OrderTasks tasks;
    private final Customers customers;
    private final Devices devices;

    OrderViews(OrderLines lines, OrderNotes notes, OrderTasks tasks, Customers customers, Devices devices) {
        this.lines = lines;
        this.notes = notes;
        this.tasks = tasks;
        this.customers = customers;
        this.devices = devices;
    }

    Map<String, Object> one(OrderRecord order, Set<String> expand, ApiCaller caller) {
        return page(List.of(order), expand, caller).get(0);
    }

    List<Map<String, Object>> page(List<OrderRecord> orders, Set<String> expand, ApiCaller caller) {
        List<Long> ids = orders.stream().map(OrderRecord::id).toList();
        Map<Long, List<Map<String, Object>>> lineViews = expand.contains("lines")
                ? views(lines.forOrders(ids), l -> l.representation(caller)) : Map.of();
        Map<Long, List<Map<String, Object>>> noteViews = expand.contains("notes")
                ? views(notes.forOrders(ids), n -> n.representation(caller)) : Map.of();
        Map<Long, List<Map<String, Object>>> taskViews = expand.contains("tasks")
                ? views(tasks.forOrders(ids), t -> t.representation(caller)) : Map.of();
        boolean withCustomer = expand.contains("customer");
        boolean withDevice = expand.contains("device");
        Map<Long, CustomerRecord> customerRecords = withCustomer ? customers.findAll(
                orders.stream().map(OrderRecord::customerId).distinct().toList(), caller.visibility()) : Map.of();
        Map<Long, DeviceRecord> deviceRecords = withDevice ? devices.findAll(
                orders.stream().map(OrderRecord::deviceId).filter(Objects::nonNull).distinct().toList(),
                caller.visibility()) : Map.of();
        return orders.stream().map(order -> {
            Representation view = order.representation(caller);
            if (expand.contains("lines")) {
                view.embed("lines", lineViews.getOrDefault(order.id(), List.of()));
            }
            if (expand.contains("notes")) {
                view.embed("notes", noteViews.getOrDefault(order.id(), List.of()));
            }
            if (expand.contains("tasks")) {
                view.embed("tasks", taskViews.getOrDefault(order.id(), List.of()));
            }
            if (withCustomer) {
                CustomerRecord customer = customerRecords.get(order.customerId());
                view.embed("customer", customer == null ? null : customer.representation(caller));
            }
            if (withDevice) {
                DeviceRecord device = order.deviceId() == null ? null : deviceRecords.get(order.deviceId());
                view.embed("device", device == null ? null : device.representation(caller));
            }
            return view.map();
        }).toList();
    }

    private static <T> Map<Long, List<Map<String, Object>>> views(Map<Long, List<T>> rows,
            Function<T, Map<String, Object>> view) {
        Map<Long, List<Map<String, Object>>> views = new HashMap<>();
        rows.forEach((orderId, list) -> views.put(orderId, list.stream().map(view).toList()));
        return views;
    }
}
