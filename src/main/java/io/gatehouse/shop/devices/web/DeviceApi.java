package io.gatehouse.shop.devices.web;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.ApiController;
import io.gatehouse.access.ApiPage;
import io.gatehouse.access.ApiQuery;
import io.gatehouse.access.JsonBody;
import io.gatehouse.access.ListQuery;
import io.gatehouse.shop.devices.DeviceDraft;
import io.gatehouse.shop.devices.DeviceRecord;
import io.gatehouse.shop.devices.Devices;
import io.gatehouse.shop.devices.OwningCustomer;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** {@code /api/v3/devices}: the devices customers brought in, read and registered. */
@ApiController
@RequestMapping("/api/v3/devices")
class DeviceApi {

    private static final Set<String> WRITABLE = Set.of("customerId", "serialNumber", "imei", "brand", "model");
    private static final Pattern IMEI = Pattern.compile("\\d{14,16}");

    private final Devices devices;
    private final OwningCustomer owner;

    DeviceApi(Devices devices, OwningCustomer owner) {
        this.devices = devices;
        this.owner = owner;
    }

    @GetMapping
    ApiPage list(HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        ListQuery query = ApiQuery.list(request, Devices.QUERY, caller);
        return ApiPage.of(request, query, devices.count(query, caller.visibility()),
                devices.list(query, caller.visibility()).stream().map(d -> d.representation(caller)).toList());
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        ApiQuery.item(request, Devices.QUERY, caller);
        return devices.visible(id, caller.visibility()).representation(caller);
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        JsonBody body = JsonBody.read(request, caller, "device", WRITABLE);
        Long customerId = owner.forCreate(body, caller);
        String serialNumber = body.text("serialNumber", 100);
        String imei = body.text("imei", 64);
        if (imei != null && imei.length() <= 64 && !IMEI.matcher(imei).matches()) {
            body.error("imei", "must be 14 to 16 digits");
        }
        String brand = body.requiredText("brand", 100);
        String model = body.requiredText("model", 200);
        body.validate();
        DeviceRecord created = devices.create(new DeviceDraft(customerId, serialNumber, imei, brand, model));
        return ResponseEntity.created(URI.create("/api/v3/devices/" + created.id()))
                .body(created.representation(caller));
    }
}
