package example.shop;

import dev.cairn.Cairn;
import dev.cairn.flow.Logged;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** A final class: a proxy could not wrap it, the agent can. */
public final class Payments {

    @Logged
    public final String charge(String order) {
        return callGateway(order);
    }

    @Logged(name = "call_gateway")
    private String callGateway(String order) {
        Cairn.logger(Payments.class).info("contacting the gateway for {}", order);
        return "paid:" + order;
    }

    @Logged(name = "charge_card")
    void decline(String order) {
        throw new CardDeclined("card declined for " + order);
    }

    /** Completes on a pool thread once the gate opens; fails when the gate carries "fail". */
    @Logged
    CompletableFuture<String> authorize(Executor pool, CompletableFuture<String> gate) {
        return gate.thenApplyAsync(
                value -> {
                    if (value.equals("fail")) {
                        throw new CardDeclined("gateway refused");
                    }
                    return "auth-" + value;
                },
                pool);
    }
}
