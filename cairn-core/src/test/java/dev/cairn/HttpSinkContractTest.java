package dev.cairn;

import dev.cairn.contract.SinkContract;
import dev.cairn.internal.sink.HttpSinkProvider;
import dev.cairn.spi.Sink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The contract for the {@code http} sink, posting to a real collector on loopback (the JDK's HTTP server): broken by
 * stopping the collector, repaired by starting one on the same port, stalled by holding its answers.
 */
class HttpSinkContractTest extends SinkContract {

    private final List<String> earlier = new ArrayList<>();
    private LoopbackReceiver receiver;
    private int port;
    private Runnable held = () -> {};

    @Override
    protected Sink open(LogSystem system) throws Exception {
        receiver = LoopbackReceiver.start();
        port = Integer.parseInt(receiver.url().replaceAll(".*:(\\d+)/.*", "$1"));
        return new HttpSinkProvider().create(context(system, Map.of("url", receiver.url())));
    }

    @Override
    protected synchronized List<String> delivered() {
        List<String> lines = new ArrayList<>(earlier);
        if (receiver != null) {
            lines.addAll(receiver.lines());
        }
        return lines;
    }

    @Override
    protected synchronized void breakDestination() {
        earlier.addAll(receiver.lines());
        receiver.close();
        receiver = null;
    }

    @Override
    protected synchronized void repairDestination() throws Exception {
        receiver = LoopbackReceiver.startOn(port);
    }

    @Override
    protected Runnable stallDestination() {
        held = receiver.hold();
        return held;
    }

    @Override
    protected Outage outage() {
        return Outage.KEEPS_UNTIL_REPAIRED;
    }

    @Override
    protected synchronized void closeDestination() {
        held.run();
        if (receiver != null) {
            receiver.close();
        }
    }
}
