package io.gatehouse.demo;

/**
 * The demo tenant {@code globex}: a UK service centre (GBP, VAT 20 %). Its record ids are the same as
 * acme's, its content is not: order 1 here belongs to customer 4, there to customer 1.
 */
final class GlobexServiceCenter {

    private GlobexServiceCenter() {
    }

    static DemoShop shop() {
        ShopBuilder shop = new ShopBuilder("globex", "Globex Service Center", "GLX", "20.00")
                .users("Globex Admin", "Sam Staff", "Riley Staff")
                .location(1, "Manchester Deansgate store", "221 Deansgate, Manchester M3 4EN")
                .location(2, "Leeds drop-off point", "14 Briggate, Leeds LS1 6HD")
                .customer(1, null, "Globex Northwind Traders", "NW-001", "it@northwind-uk.example",
                        "+44 161 496 0100", "1 Spinningfields, Manchester M3 3AP")
                .customer(2, 1L, "Globex Northwind Helsinki branch", "NW-002", "fi@northwind-uk.example",
                        "+358 9 4567 2200", "Bulevardi 7, 00120 Helsinki")
                .customer(3, 1L, "Globex Northwind Tampere branch", "NW-003", "tre@northwind-uk.example",
                        "+358 3 222 5510", "Kauppakatu 2, 33210 Tampere")
                .customer(4, null, "Globex Contoso Ltd", "CT-001", "support@contoso-uk.example",
                        "+44 113 496 0400", "30 Park Row, Leeds LS1 5HU")
                .customer(5, null, "Globex Jane Doe", null, "jane.doe@post.example",
                        "+44 7700 900123", "9 Canal Street, Manchester M1 3HE")
                .customer(6, null, "Initech Ltd", "IN-300", "it-support@initech.example",
                        "+44 161 496 0300", "40 Oxford Road, Manchester M1 5QA")
                .customer(7, 6L, "Initech Leeds office", "IN-301", "leeds@initech.example",
                        "+44 113 496 0310", "5 Wellington Place, Leeds LS1 4AP")
                .customer(8, null, "Oliver Bennett", null, "oliver.bennett@post.example",
                        "+44 7700 900456", "17 Chorlton Road, Manchester M15 4JG")
                .customer(9, null, "Priya Shah", null, "priya.shah@post.example",
                        "+44 7700 900789", "3 Headingley Lane, Leeds LS6 1BL")
                .customer(10, null, "Corner Street Bakery", "CSB-77", "orders@cornerbakery.example",
                        "+44 161 496 0777", "88 Tib Street, Manchester M4 1LG")
                .product(1, "SCR-PX7", "Pixel 7 display assembly", "169.00", "88.00", 12, 1)
                .product(2, "BAT-PX6", "Pixel 6 battery", "65.00", "19.50", 22, 1)
                .product(3, "SCR-IP14", "iPhone 14 display", "229.00", "124.00", 10, 1)
                .product(4, "BAT-IP14", "iPhone 14 battery", "89.00", "27.00", 16, 1)
                .product(5, "PORT-LTG", "Lightning port flex cable", "45.00", "7.90", 35, 1)
                .product(6, "KB-XPS13", "Dell XPS 13 keyboard", "189.00", "88.00", 10, 2)
                .product(7, "BAT-XPS15", "Dell XPS 15 battery", "149.00", "69.00", 13, 2)
                .product(8, "RAM-16", "16 GB DDR5 SO-DIMM", "79.00", "38.00", 24, 2)
                .product(9, "HINGE-SP", "Surface Pro kickstand hinge", "39.00", "9.50", 18, 1)
                .product(10, "SPK-OP", "OnePlus loudspeaker module", "35.00", "6.20", 20, 2)
                .product(11, "CASE-UNI", "Rugged phone case", "24.90", "3.40", 80, 1)
                .product(12, "CLEAN-KIT", "Liquid damage cleaning kit", "29.00", "4.10", 40, 1)
                .phone(1, 4, "Google", "Pixel 7", "28031FDH2000AB", "35475811234567")
                .laptop(2, 1, "Dell", "XPS 13 9310", "7XK2Q53")
                .phone(3, 2, "Apple", "iPhone 14", "KQ7W2M9X4L", "35396212345678")
                .phone(4, 3, "OnePlus", "10 Pro", "OP10P8831", "86101405123456")
                .phone(5, 5, "Google", "Pixel 6", "1A2B3C4D5E", "35260911234567")
                .laptop(6, 6, "Microsoft", "Surface Pro 8", "0F1234567890")
                .laptop(7, 7, "Dell", "XPS 15 9520", "5JH9K73")
                .phone(8, 7, "Apple", "iPhone 14", "MN8B7V6C5X", "35396219876543")
                .phone(9, 8, "Google", "Pixel 6", "9Z8Y7X6W5V", "35260918765432")
                .phone(10, 9, "OnePlus", "9", "OP9X44172", "86293305654321")
                .laptop(11, 10, "Microsoft", "Surface Pro 7", "0F0987654321")
                .phone(12, 1, "Apple", "iPhone 14", "QW2E3R4T5Y", "35396213572468")
                .laptop(13, 2, "Dell", "XPS 13 9310", "8YL3R64")
                .phone(14, 3, "Google", "Pixel 7", "28031FDH2000CD", "35475819876543")
                .sale(6, 9, "PAID", 11, 12)
                .sale(10, 2, "ISSUED", 12, 2);
        shop.order(1, 4, 1, "IN_PROGRESS", 1, 2).part(1, 1).labour("Display replacement", "55.00")
                .note("ISSUE", 2, "Display black after a fall; phone vibrates on calls.")
                .note("DIAGNOSIS", 3, "Display assembly dead, mainboard fine.")
                .task("Fit the display assembly", false, 1);
        shop.order(2, 1, 2, "READY", 1, 6).part(6, 1).labour("Keyboard replacement", "79.00")
                .note("ISSUE", 2, "Keys E and R repeat on their own.")
                .note("DIAGNOSIS", 3, "Keyboard membrane worn.")
                .note("RESOLUTION", 3, "Keyboard replaced, every key tested.")
                .task("Email the customer that it is ready", true, -1).invoiced("ISSUED");
        shop.order(3, 2, 3, "OPEN", 1, 0).part(4, 1).labour("Battery replacement", "35.00")
                .note("ISSUE", 2, "Phone shuts down at 30 %.")
                .task("Run a battery health check", false, 1);
        shop.order(4, 3, 4, "WAITING_FOR_PARTS", 2, 5).part(10, 1).labour("Speaker replacement", "30.00")
                .note("ISSUE", 2, "Crackling sound from the loudspeaker.")
                .note("DIAGNOSIS", 3, "Speaker membrane torn.").task("Order a OnePlus speaker", true, -2);
        shop.order(5, 5, 5, "CLOSED", 1, 30).part(2, 1).labour("Battery replacement", "30.00")
                .note("ISSUE", 2, "Battery swells and lifts the screen.")
                .note("DIAGNOSIS", 3, "Swollen battery, display undamaged.")
                .note("RESOLUTION", 3, "Battery replaced, display re-sealed.")
                .task("Recycle the swollen battery", true, -20).invoiced("PAID");
        shop.order(6, 6, 6, "IN_PROGRESS", 1, 3).part(9, 1).labour("Hinge replacement", "45.00")
                .note("ISSUE", 2, "Kickstand does not hold its angle.")
                .note("INTERNAL", 1, "Fleet device: invoice the Manchester head office.")
                .task("Replace the hinge", false, 1);
        shop.order(7, 7, 7, "CLOSED", 2, 25).part(7, 1).part(8, 2).labour("Battery replacement", "55.00")
                .labour("Memory upgrade", "25.00")
                .note("ISSUE", 2, "Battery lasts an hour; also wants 32 GB of memory.")
                .note("RESOLUTION", 3, "Battery replaced, two 16 GB modules fitted, memtest passed.")
                .invoiced("PAID");
        shop.order(8, 7, 8, "READY", 2, 4).part(3, 1).part(11, 1).labour("Display replacement", "55.00")
                .note("ISSUE", 2, "Cracked display.")
                .note("RESOLUTION", 3, "Display replaced; rugged case fitted at the customer's request.")
                .task("Call the Leeds office for pickup", false, 1).invoiced("ISSUED");
        shop.order(9, 8, 9, "OPEN", 1, 1).part(12, 1).labour("Liquid damage diagnosis", "45.00")
                .note("ISSUE", 2, "Coffee spilled on the phone; no sound.")
                .task("Clean and dry the board", false, 1);
        shop.order(10, 9, 10, "CANCELLED", 1, 20).labour("Diagnosis", "20.00")
                .note("ISSUE", 2, "Display flickers at low brightness.")
                .note("INTERNAL", 1, "Customer chose to buy a new phone.");
        shop.order(11, 10, 11, "WAITING_FOR_PARTS", 1, 7).part(9, 1).labour("Hinge replacement", "45.00")
                .note("ISSUE", 2, "Kickstand snapped off.").task("Order a kickstand hinge", true, -5);
        shop.order(12, 1, 12, "CLOSED", 1, 45).part(5, 1).labour("Charging port replacement", "35.00")
                .note("ISSUE", 2, "Does not charge.")
                .note("DIAGNOSIS", 3, "Lightning flex cable broken.")
                .note("RESOLUTION", 3, "Flex cable replaced, charging at full speed.").invoiced("OVERDUE");
        shop.order(13, 2, 13, "IN_PROGRESS", 1, 1).part(8, 1).labour("Memory upgrade", "25.00")
                .note("ISSUE", 2, "Needs more memory for virtual machines.")
                .task("Fit the memory module", false, 1).task("Run memtest overnight", false, 2);
        shop.order(14, 5, 5, "OPEN", 1, 0).labour("Diagnosis", "20.00")
                .note("ISSUE", 2, "Phone restarts at random.").task("Check for boot loops", false, 2);
        shop.order(15, 3, 14, "READY", 2, 10).part(1, 1).labour("Display replacement", "55.00")
                .note("ISSUE", 2, "Touch does not respond on the left edge.")
                .note("DIAGNOSIS", 3, "Digitizer failure.")
                .note("RESOLUTION", 3, "Display assembly replaced, touch calibrated.").invoiced("ISSUED");
        return shop.build();
    }
}
