package example.shop;

import dev.cairn.flow.Logged;

/** Static methods of a final class. */
public final class Inventory {

    private Inventory() {}

    @Logged(logResult = true)
    static int reserve(String sku) {
        return sku.length();
    }

    @Logged
    static void release(String sku) {
        if (sku == null) {
            throw new IllegalArgumentException("no sku");
        }
    }
}
