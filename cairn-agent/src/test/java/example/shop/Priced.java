package example.shop;

import dev.cairn.flow.Logged;

/** An interface whose default and static methods carry the annotation. */
public interface Priced {

    int cents();

    @Logged(logResult = true)
    default int withTax() {
        return Math.addExact(cents(), tax(cents()));
    }

    @Logged
    static int tax(int cents) {
        return cents / 5;
    }
}
