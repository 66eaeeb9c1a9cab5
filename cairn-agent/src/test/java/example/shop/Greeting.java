package example.shop;

import dev.cairn.flow.Logged;
import java.util.function.Supplier;

/** Implements a generic interface: javac adds a bridge method get()Object that carries the same annotation. */
public final class Greeting implements Supplier<String> {

    @Logged
    @Override
    public String get() {
        return "hello";
    }
}
