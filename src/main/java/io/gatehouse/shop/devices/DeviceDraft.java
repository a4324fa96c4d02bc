package io.gatehouse.shop.devices;

/** The writable fields of a new device, validated. */
public record DeviceDraft(long customerId, String serialNumber, String imei, String brand, String model) {
}
