package dev.cairn.bench.receive;

/** One library logging records that leave the process over TCP; each record's message is {@code order <id>}. */
interface Shipper extends AutoCloseable {

    String name();

    void log(int id);

    /** Shuts the library down the way an application would at exit (draining what it can). */
    @Override
    void close() throws Exception;
}
