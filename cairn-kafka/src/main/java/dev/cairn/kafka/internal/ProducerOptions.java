package dev.cairn.kafka.internal;

import dev.cairn.spi.SinkOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code kafka.<property>} options of the {@code kafka} sink type: one per property of Kafka's producer that Cairn
 * does not set itself.
 *
 * <p>Why a list of names and not {@code ProducerConfig.configNames()}: a sink type describes itself when Cairn
 * configures, possibly while the first logger is being created. Initializing {@code ProducerConfig} then starts
 * kafka-clients' logging, which, when SLF4J is routed to Cairn, asks Cairn for a logger while Cairn is still loading its
 * sink types, so the provider failed to describe itself and the type was left out. This class touches no Kafka class;
 * {@code ProducerOptionsTest} checks the list against the {@code ProducerConfig} of the kafka-clients in the build.
 */
public final class ProducerOptions {

    /** The prefix of passed-through options: {@code cairn.sink.<name>.kafka.<property>}. */
    public static final String PREFIX = "kafka.";

    /** What Cairn sets itself: the brokers and topic are options of the sink, the serializers and transactions its own. */
    static final List<String> RESERVED = List.of(
            "bootstrap.servers", "key.serializer", "value.serializer", "transactional.id", "transaction.timeout.ms");

    /** The producer properties of kafka-clients 4.4 that are not {@link #RESERVED}, in name order. */
    static final List<String> PROPERTIES = List.of("""
            acks batch.size bootstrap.resolve.timeout.ms buffer.memory buffer.memory.allocation.strategy
            client.dns.lookup client.id client.rack compression.gzip.level compression.lz4.level compression.type
            compression.zstd.level config.providers connections.max.idle.ms delivery.timeout.ms enable.idempotence
            enable.metrics.push interceptor.classes linger.ms max.block.ms max.in.flight.requests.per.connection
            max.request.size metadata.cluster.check.enable metadata.max.age.ms metadata.max.idle.ms
            metadata.recovery.rebootstrap.trigger.ms metadata.recovery.strategy metric.reporters metrics.num.samples
            metrics.recording.level metrics.sample.window.ms partitioner.adaptive.partitioning.enable
            partitioner.availability.timeout.ms partitioner.class partitioner.ignore.keys partitioner.rack.aware
            receive.buffer.bytes reconnect.backoff.max.ms reconnect.backoff.ms request.timeout.ms retries
            retry.backoff.max.ms retry.backoff.ms sasl.client.callback.handler.class sasl.jaas.config
            sasl.kerberos.kinit.cmd sasl.kerberos.min.time.before.relogin sasl.kerberos.service.name
            sasl.kerberos.ticket.renew.jitter sasl.kerberos.ticket.renew.window.factor
            sasl.login.callback.handler.class sasl.login.class sasl.login.connect.timeout.ms
            sasl.login.read.timeout.ms sasl.login.refresh.buffer.seconds sasl.login.refresh.min.period.seconds
            sasl.login.refresh.window.factor sasl.login.refresh.window.jitter sasl.login.retry.backoff.max.ms
            sasl.login.retry.backoff.ms sasl.mechanism sasl.oauthbearer.allow.unverified.audience
            sasl.oauthbearer.allow.unverified.issuer sasl.oauthbearer.assertion.algorithm
            sasl.oauthbearer.assertion.claim.aud sasl.oauthbearer.assertion.claim.exp.seconds
            sasl.oauthbearer.assertion.claim.iss sasl.oauthbearer.assertion.claim.jti.include
            sasl.oauthbearer.assertion.claim.nbf.seconds sasl.oauthbearer.assertion.claim.sub
            sasl.oauthbearer.assertion.file sasl.oauthbearer.assertion.private.key.file
            sasl.oauthbearer.assertion.private.key.passphrase sasl.oauthbearer.assertion.template.file
            sasl.oauthbearer.client.credentials.client.id sasl.oauthbearer.client.credentials.client.secret
            sasl.oauthbearer.clock.skew.seconds sasl.oauthbearer.expected.audience sasl.oauthbearer.expected.issuer
            sasl.oauthbearer.header.urlencode sasl.oauthbearer.jwks.endpoint.refresh.ms
            sasl.oauthbearer.jwks.endpoint.retry.backoff.max.ms sasl.oauthbearer.jwks.endpoint.retry.backoff.ms
            sasl.oauthbearer.jwks.endpoint.url sasl.oauthbearer.jwt.retriever.class
            sasl.oauthbearer.jwt.validator.class sasl.oauthbearer.scope sasl.oauthbearer.scope.claim.name
            sasl.oauthbearer.sub.claim.name sasl.oauthbearer.token.endpoint.url security.protocol security.providers
            send.buffer.bytes socket.connection.setup.timeout.max.ms socket.connection.setup.timeout.ms
            ssl.cipher.suites ssl.enabled.protocols ssl.endpoint.identification.algorithm ssl.engine.factory.class
            ssl.key.password ssl.keymanager.algorithm ssl.keystore.certificate.chain ssl.keystore.key
            ssl.keystore.location ssl.keystore.password ssl.keystore.type ssl.protocol ssl.provider
            ssl.secure.random.implementation ssl.trustmanager.algorithm ssl.truststore.certificates
            ssl.truststore.location ssl.truststore.password ssl.truststore.type transaction.two.phase.commit.enable
            """.trim().split("\\s+"));

    private static final List<SinkOption<String>> OPTIONS = declare();

    private ProducerOptions() {}

    /** One option per producer property, {@code kafka.acks} to {@code kafka.transaction…}, in name order. */
    public static List<SinkOption<String>> all() {
        return OPTIONS;
    }

    private static List<SinkOption<String>> declare() {
        List<SinkOption<String>> options = new ArrayList<>();
        for (String property : PROPERTIES) {
            String name = PREFIX + property;
            options.add(SinkOption.of(name, "a value for the producer's " + property, "", raw -> raw));
        }
        return List.copyOf(options);
    }
}
