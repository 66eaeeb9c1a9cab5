package dev.cairn.cli.receive;

/** The sink contract for the {@code tcp} type into {@code cairn receive}'s receiver: every batch acknowledged. */
class TcpSinkContractTest extends ReceiverSinkContract {

    @Override
    String type() {
        return "tcp";
    }
}
