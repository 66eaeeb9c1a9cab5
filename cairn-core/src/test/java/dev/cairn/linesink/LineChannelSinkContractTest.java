package dev.cairn.linesink;

import dev.cairn.LogSystem;
import dev.cairn.contract.SinkContract;
import dev.cairn.contract.TestSinkContext;
import dev.cairn.spi.Sink;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The contract for the {@code test-lines} type, a sink that may block, on its delivery thread. */
class LineChannelSinkContractTest extends SinkContract {

    private static final AtomicInteger CHANNELS = new AtomicInteger();

    private final String channelName = "contract" + CHANNELS.incrementAndGet();

    /** Whether the sink declares that it may block. */
    boolean mayBlock() {
        return true;
    }

    @Override
    protected Sink open(LogSystem system) {
        return new LineChannelSinkProvider()
                .create(new TestSinkContext(
                        "under-test",
                        Map.of("channel", channelName, "may-block", String.valueOf(mayBlock())),
                        system,
                        dir));
    }

    @Override
    protected List<String> delivered() {
        return LineChannels.get(channelName).lines();
    }

    @Override
    protected void breakDestination() {
        LineChannels.get(channelName).fail();
    }

    @Override
    protected Runnable stallDestination() {
        LineChannels.Channel channel = LineChannels.get(channelName);
        channel.stall();
        return channel::release;
    }
}
