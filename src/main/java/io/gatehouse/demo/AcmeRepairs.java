package io.gatehouse.demo;

/** The demo tenant {@code acme}: a phone and laptop repair chain in Finland (EUR, VAT 25.5 %). */
final class AcmeRepairs {

    private AcmeRepairs() {
    }

    static DemoShop shop() {
        ShopBuilder shop = new ShopBuilder("acme", "Acme Repairs", "ACME", "25.50")
                .users("Acme Admin", "Sam Staff", "Riley Staff")
                .location(1, "Kamppi workshop", "Urho Kekkosen katu 4, 00100 Helsinki")
                .location(2, "Tampere service point", "Hämeenkatu 20, 33200 Tampere")
                .location(3, "Central parts store", "Tuupakantie 7, 01740 Vantaa")
                .customer(1, null, "Acme Northwind Traders", "NW-001", "it@northwind-traders.example",
                        "+358 9 4567 1200", "Mannerheimintie 12 A, 00100 Helsinki")
                .customer(2, 1L, "Acme Northwind Helsinki branch", "NW-002", "helsinki@northwind-traders.example",
                        "+358 9 4567 1210", "Aleksanterinkatu 15, 00100 Helsinki")
                .customer(3, 1L, "Acme Northwind Tampere branch", "NW-003", "tampere@northwind-traders.example",
                        "+358 3 222 4410", "Hatanpään valtatie 24, 33100 Tampere")
                .customer(4, null, "Acme Contoso Ltd", "CT-001", "helpdesk@contoso.example",
                        "+358 10 555 0400", "Keilaranta 1, 02150 Espoo")
                .customer(5, null, "Acme Jane Doe", null, "jane.doe@mail.example",
                        "+358 40 123 4567", "Fredrikinkatu 33 B 12, 00120 Helsinki")
                .customer(6, null, "Fabrikam Logistics Oy", "FB-100", "fleet@fabrikam.example",
                        "+358 20 730 3000", "Satamakatu 3, 00160 Helsinki")
                .customer(7, 6L, "Fabrikam Logistics Vantaa depot", "FB-101", "vantaa.depot@fabrikam.example",
                        "+358 20 730 3050", "Valimotie 9, 01510 Vantaa")
                .customer(8, null, "Matti Virtanen", null, "matti.virtanen@mail.example",
                        "+358 50 765 4321", "Pispalan valtatie 48, 33250 Tampere")
                .customer(9, null, "Liisa Korhonen", null, "liisa.korhonen@mail.example",
                        "+358 44 987 6543", "Tehtaankatu 5 C 21, 00140 Helsinki")
                .customer(10, null, "Kallio Coffee Roasters", "KCR-2001", "hello@kalliocoffee.example",
                        "+358 9 753 1590", "Vaasankatu 11, 00500 Helsinki")
                .product(1, "SCR-IP13", "iPhone 13 display (OLED)", "189.00", "92.50", 14, 3)
                .product(2, "BAT-IP12", "iPhone 12 battery", "79.00", "24.90", 25, 3)
                .product(3, "SCR-SGS22", "Galaxy S22 display", "209.00", "118.00", 11, 3)
                .product(4, "BAT-SGS21", "Galaxy S21 battery", "69.00", "21.40", 18, 3)
                .product(5, "PORT-USBC", "USB-C charging port module", "49.00", "8.70", 40, 1)
                .product(6, "KB-MBA13", "MacBook Air 13\" keyboard (top case)", "239.00", "121.00", 10, 3)
                .product(7, "BAT-MBP14", "MacBook Pro 14\" battery", "259.00", "134.00", 12, 3)
                .product(8, "SSD-1TB", "NVMe SSD 1 TB", "129.00", "71.00", 20, 3)
                .product(9, "FAN-TP", "ThinkPad cooling fan", "59.00", "19.80", 15, 2)
                .product(10, "CAM-IP13", "iPhone 13 rear camera", "119.00", "52.00", 10, 3)
                .product(11, "GLASS-UNI", "Tempered glass screen protector", "19.90", "1.80", 120, 1)
                .product(12, "PASTE-TH", "Thermal paste service kit", "14.00", "2.10", 60, 2)
                .phone(1, 1, "Apple", "iPhone 13", "F2LXK0R3N72J", "35678910452381")
                .phone(2, 2, "Samsung", "Galaxy S22", "R58T30ABCDE", "35291011234567")
                .laptop(3, 3, "Lenovo", "ThinkPad T14 Gen 3", "PF3XYZ12")
                .phone(4, 3, "Apple", "iPhone 12", "DX3GH7K9N1P2", "35331512345678")
                .laptop(5, 4, "Apple", "MacBook Air 13\" (M2)", "C02HK3Q1MD6M")
                .phone(6, 4, "Samsung", "Galaxy S21", "R58R20QWERT", "35411823456789")
                .phone(7, 5, "Apple", "iPhone 13", "G6TZP1QX0N3L", "35302713579246")
                .laptop(8, 6, "Lenovo", "ThinkPad X1 Carbon Gen 10", "PF4ABC34")
                .phone(9, 7, "Samsung", "Galaxy S22", "R58T30FGHIJ", "35291019876543")
                .phone(10, 7, "Samsung", "Galaxy S21", "R58R20ZXCVB", "35411821122334")
                .laptop(11, 8, "Apple", "MacBook Pro 14\"", "C02JK9L2Q05N")
                .phone(12, 9, "Apple", "iPhone 12", "F17HX2Y3Z4A5", "35331518642097")
                .laptop(13, 10, "Lenovo", "ThinkPad T14 Gen 3", "PF3LMN56")
                .phone(14, 2, "Apple", "iPhone 13", "H9QW8E7R6T5Y", "35678912468013")
                .sale(6, 12, "PAID", 11, 10)
                .sale(10, 3, "ISSUED", 12, 2);
        shop.order(1, 1, 1, "IN_PROGRESS", 1, 3).part(1, 1).part(11, 1).labour("Screen replacement", "49.00")
                .note("ISSUE", 2, "Screen cracked after a drop; touch works only on the lower half.")
                .note("DIAGNOSIS", 3, "Display and digitizer broken, frame straight, Face ID works.")
                .note("INTERNAL", 1, "Customer approved the quote by phone.")
                .task("Replace the display", false, 1).task("Call the customer when ready", false, 2);
        shop.order(2, 2, 2, "WAITING_FOR_PARTS", 1, 6).part(3, 1).labour("Screen replacement", "59.00")
                .note("ISSUE", 2, "Display shows a green line and flickers.")
                .note("DIAGNOSIS", 3, "OLED panel faulty; the replacement panel is on back order.")
                .task("Order a Galaxy S22 display", true, -4).task("Fit the display when it arrives", false, 3);
        shop.order(3, 3, 3, "READY", 2, 9).part(9, 1).part(12, 1).labour("Cleaning and thermal service", "39.00")
                .note("ISSUE", 2, "Fan is loud and the laptop shuts down under load.")
                .note("DIAGNOSIS", 3, "Fan bearing worn, thermal paste dried out.")
                .note("RESOLUTION", 3, "Fan replaced, thermal paste renewed; 30 min stress test, 78 °C max.")
                .task("Stress test for 30 minutes", true, -1).invoiced("ISSUED");
        shop.order(4, 3, 4, "CLOSED", 2, 28).part(2, 1).labour("Battery replacement", "29.00")
                .note("ISSUE", 2, "Battery drains within half a day.")
                .note("DIAGNOSIS", 3, "Battery health 71 %.")
                .note("RESOLUTION", 3, "Battery replaced, health 100 %.").invoiced("PAID");
        shop.order(5, 4, 5, "IN_PROGRESS", 1, 4).part(6, 1).labour("Keyboard replacement", "89.00")
                .labour("Liquid damage cleaning", "45.00")
                .note("ISSUE", 2, "Several keys do not respond after a coffee spill.")
                .note("DIAGNOSIS", 3, "Liquid residue under the keyboard; the logic board is clean.")
                .note("INTERNAL", 1, "The keyboard is riveted to the top case: plan three hours.")
                .task("Replace the top case", false, 1);
        shop.order(6, 4, 6, "OPEN", 1, 1).part(5, 1).labour("Charging port replacement", "35.00")
                .note("ISSUE", 2, "Charges only when the cable is held at an angle.")
                .task("Diagnose the charging port", false, 1);
        shop.order(7, 5, 7, "READY", 1, 7).part(10, 1).labour("Camera replacement", "39.00")
                .note("ISSUE", 2, "Rear camera takes blurry photos and rattles.")
                .note("DIAGNOSIS", 3, "Optical image stabiliser of the rear camera damaged.")
                .note("RESOLUTION", 3, "Rear camera replaced; focus and stabilisation verified.")
                .note("INTERNAL", 2, "Customer prefers a text message to a call.").invoiced("ISSUED");
        shop.order(8, 6, 8, "CLOSED", 1, 40).part(8, 1).labour("Data migration and OS install", "69.00")
                .labour("Diagnosis", "25.00")
                .note("ISSUE", 2, "Laptop does not boot; no drive found.")
                .note("DIAGNOSIS", 3, "The SSD fails its SMART self-test.")
                .note("RESOLUTION", 3, "New 1 TB SSD; OS installed from the company image.").invoiced("OVERDUE");
        shop.order(9, 7, 9, "OPEN", 2, 0).part(3, 1).part(11, 1).labour("Screen replacement", "59.00")
                .note("ISSUE", 2, "Screen protector lifted, small crack in the corner.")
                .task("Send the quote to the customer", false, 1);
        shop.order(10, 7, 10, "WAITING_FOR_PARTS", 2, 5).part(4, 1).labour("Battery replacement", "35.00")
                .note("ISSUE", 2, "Back glass lifting.")
                .note("DIAGNOSIS", 3, "Swollen battery: safety risk, device kept isolated.")
                .note("INTERNAL", 1, "Do not charge; stored in the fire-safe cabinet.")
                .task("Order a Galaxy S21 battery", true, -3);
        shop.order(11, 8, 11, "CLOSED", 2, 21).part(7, 1).labour("Battery replacement", "59.00")
                .note("ISSUE", 2, "Battery lasts less than two hours.")
                .note("DIAGNOSIS", 3, "1140 charge cycles, 58 % capacity left.")
                .note("RESOLUTION", 3, "Battery replaced and calibrated.").invoiced("PAID");
        shop.order(12, 9, 12, "IN_PROGRESS", 1, 2).part(5, 1).labour("Charging port replacement", "35.00")
                .note("ISSUE", 2, "Phone does not charge at all.")
                .note("DIAGNOSIS", 3, "Lint in the port, pins corroded.");
        shop.order(13, 10, 13, "READY", 1, 8).part(8, 1).labour("Data migration", "69.00")
                .note("ISSUE", 2, "Customer wants more storage and the data moved over.")
                .note("RESOLUTION", 3, "1 TB SSD fitted, old drive cloned, boot verified.").invoiced("ISSUED");
        shop.order(14, 2, 14, "OPEN", 1, 0).labour("Liquid damage diagnosis", "39.00")
                .note("ISSUE", 2, "Dropped in water; checked in for inspection.")
                .task("Dry and inspect the logic board", false, 1);
        shop.order(15, 5, 7, "CANCELLED", 1, 35).part(1, 1).labour("Screen replacement", "49.00")
                .note("ISSUE", 2, "Asked for a quote for a new screen.")
                .note("INTERNAL", 1, "Customer declined the quote.");
        return shop.build();
    }
}
