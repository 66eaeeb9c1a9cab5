package dev.cairn.flow.scenarios;

import java.util.Locale;
import java.util.Map;

/**
 * The scenarios a shop runs, the same in every way of marking flows; each constant says what the shop does and what
 * its caller observes ({@link ScenarioRun#observed()}). "Step {@code x}" is a step named {@code x}: a {@code Step}
 * block, or a {@code @Logged} method of that name.
 */
public enum Scenario {

    /**
     * Flow {@code checkout} of order {@code book}: step {@code validate}; step {@code charge}, inside it step
     * {@code call_gateway}, which logs {@code contacting the gateway for book} and returns {@code paid:book}; step
     * {@code reserve}, which returns 4 (logs its result). Observes the receipt.
     */
    CHECKOUT,
    /**
     * Flow {@code pay} of order {@code book}: step {@code validate}; step {@code charge_card}, whose method
     * {@code decline} throws the shop's card-declined exception {@code card declined for book}; step {@code release}
     * in a finally block. Observes {@code caught <exception> thrown at <method at the top of its stack>}.
     */
    PAY,
    /**
     * Flow {@code fan_out}: steps {@code price} of items 1 to 4 at once on a pool of four threads (named
     * {@code pool-…}) whose tasks carry the caller's context; inside each, step {@code lookup}, which logs
     * {@code looking up item <n>} and returns n × 10. Observes the total.
     */
    FAN_OUT,
    /**
     * Async flow {@code async_order} around async step {@code authorize}, which completes on a pool thread with
     * {@code auth-<value>} once a gate future completes; the flow's result is {@code order:<code>}. The caller observes
     * {@code pending <true when the order is not done>}, logs {@code opening the gate}, completes the gate with
     * {@code ok} on a pool thread, then observes the result (or {@code caught <cause>}).
     */
    ASYNC,
    /** As {@link #ASYNC}, the gate carrying {@code fail}: step {@code authorize} fails with the card-declined exception {@code gateway refused}. */
    ASYNC_FAILURE,
    /** Flow {@code outer} calls flow {@code inner}, which runs step {@code release}. Observes nothing. */
    NESTED,
    /** Flow {@code big} runs step {@code release} 12 times, with {@code cairn.flow.max-steps=5}. Observes nothing. */
    BIG(Map.of("cairn.flow.max-steps", "5")),
    /**
     * {@code login("alice", "hunter2-secret")}, outside any flow, logged at INFO with its arguments and result.
     * Observes the result, true.
     */
    LOGIN,
    /** {@code report("acme", 11)}: a flow labelled from its argument {@code tenant}. Observes {@code acme/11}. */
    REPORT;

    private final Map<String, String> settings;

    Scenario() {
        this(Map.of());
    }

    Scenario(Map<String, String> settings) {
        this.settings = settings;
    }

    /** The configuration keys and values the scenario runs with, besides JSON output at DEBUG or finer. */
    public Map<String, String> settings() {
        return settings;
    }

    /** The scenario's name as a shop's main method takes it: {@code checkout}, {@code fan_out}, … */
    public String argument() {
        return name().toLowerCase(Locale.ROOT);
    }
}
