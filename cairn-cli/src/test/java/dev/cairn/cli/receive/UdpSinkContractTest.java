package dev.cairn.cli.receive;

/**
 * The sink contract for the {@code udp} type into {@code cairn receive}'s receiver. Datagrams are not acknowledged: a
 * receiver that is down or does not read loses what its socket has no room for, unseen by the sender, so after an
 * outage or a stall the contract checks that what arrives is whole and there once, and that delivery resumes.
 */
class UdpSinkContractTest extends ReceiverSinkContract {

    @Override
    String type() {
        return "udp";
    }

    @Override
    protected boolean acknowledged() {
        return false;
    }
}
