package dev.cairn.linesink;

/** The contract for the {@code test-lines} type declaring that it never blocks, so called on the writer thread. */
class LineChannelSinkOnTheWriterThreadContractTest extends LineChannelSinkContractTest {

    @Override
    boolean mayBlock() {
        return false;
    }
}
