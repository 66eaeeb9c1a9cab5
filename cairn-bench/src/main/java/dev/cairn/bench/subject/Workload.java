package dev.cairn.bench.subject;

/**
 * The one record every library writes: a message, three key-values (a long, a double and a string), one context field,
 * and the service and process ids. Keeping it in one place keeps the three configurations honest.
 */
public final class Workload {
    public static final String LOGGER = "bench.orders";
    public static final String SERVICE = "bench";
    public static final String MESSAGE = "Order processed";
    /** The disabled call's message: a parameterized DEBUG call with one already-boxed argument. */
    public static final String DISABLED_MESSAGE = "Order {} processed";

    public static final String ORDER_ID = "order_id";
    public static final String AMOUNT = "amount";
    public static final double AMOUNT_VALUE = 99.5;
    public static final String STATUS = "status";
    public static final String STATUS_VALUE = "paid";
    public static final String CONTEXT_KEY = "request_id";
    public static final String CONTEXT_VALUE = "r-7f3a";
    public static final String ERROR_MESSAGE = "stock reservation failed";

    private Workload() {}

    /** The exception of scenario 7, made once so each call pays for writing a stack trace, not for capturing one. */
    public static Throwable exception() {
        return new IllegalStateException(ERROR_MESSAGE);
    }
}
