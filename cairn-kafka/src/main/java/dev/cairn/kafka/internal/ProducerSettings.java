package dev.cairn.kafka.internal;

import dev.cairn.spi.SinkOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;

/**
 * The producer's properties: Cairn's safe defaults, then every {@code kafka.<property>} option set for the sink, with
 * {@code ${VARIABLE}}s filled in from the environment.
 *
 * <p>Credentials: a property Kafka declares as a password ({@code sasl.jaas.config}, {@code ssl.*.password}, …) or
 * whose name says it is a secret is never shown; {@link #describe} prints {@code [hidden]} in its place, and errors
 * name the property, never its value.
 */
public final class ProducerSettings {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(password|secret|jaas|passphrase|token|\\.key$).*");

    /**
     * Cairn's defaults: a record is acknowledged by every in-sync replica, never written twice by a retry; and a
     * producer without the topic's metadata (brokers away) gives up on a batch after 10 s rather than Kafka's minute,
     * so the outage is reported sooner. Nothing is lost by it: the batch is spooled and sent again.
     */
    static final Map<String, String> DEFAULTS = Map.of(
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
            ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
            ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");

    private final Map<String, String> properties;

    private ProducerSettings(Map<String, String> properties) {
        this.properties = Collections.unmodifiableMap(properties);
    }

    /**
     * The settings of a sink: the defaults, {@code clientId}, then {@code configured} (option to its value, empty when
     * not set) with {@code ${VARIABLE}}s replaced through {@code environment}.
     *
     * @throws IllegalArgumentException naming the option (never its value) when a variable is not set
     */
    public static ProducerSettings of(
            String bootstrapServers,
            String clientId,
            Map<SinkOption<String>, String> configured,
            UnaryOperator<String> environment) {
        Map<String, String> properties = new LinkedHashMap<>(DEFAULTS);
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        for (Map.Entry<SinkOption<String>, String> entry : configured.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                String option = entry.getKey().name();
                properties.put(
                        option.substring(ProducerOptions.PREFIX.length()),
                        expand(option, entry.getValue(), environment));
            }
        }
        return new ProducerSettings(properties);
    }

    /** The properties for {@code KafkaProducer}: credentials in clear, never to be printed. */
    Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    /** The {@code bootstrap.servers} the producer first connects to. */
    String bootstrapServers() {
        return properties.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG);
    }

    /** Whether the value of {@code property} is a credential, never shown. */
    static boolean isSecret(String property) {
        ConfigDef.ConfigKey key = ProducerConfig.configDef().configKeys().get(property);
        return (key != null && key.type == ConfigDef.Type.PASSWORD)
                || SECRET_NAME.matcher(property.toLowerCase(Locale.ROOT)).matches();
    }

    /** The properties as {@code name=value} pairs, credentials shown as {@code [hidden]}. */
    public String describe() {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, String> property : properties.entrySet()) {
            pairs.add(property.getKey() + "=" + (isSecret(property.getKey()) ? "[hidden]" : property.getValue()));
        }
        return String.join(", ", pairs);
    }

    /** {@code text} with every credential's value replaced by {@code [hidden]}, for an error that may quote one. */
    String hideSecrets(String text) {
        String hidden = text == null ? "" : text;
        for (Map.Entry<String, String> property : properties.entrySet()) {
            if (isSecret(property.getKey()) && !property.getValue().isEmpty()) {
                hidden = hidden.replace(property.getValue(), "[hidden]");
            }
        }
        return hidden;
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String expand(String option, String value, UnaryOperator<String> environment) {
        Matcher variable = VARIABLE.matcher(value);
        StringBuilder expanded = new StringBuilder();
        while (variable.find()) {
            String replacement = environment.apply(variable.group(1));
            if (replacement == null) {
                throw new IllegalArgumentException(
                        "the value of " + option + " uses ${" + variable.group(1) + "}, which is not set");
            }
            variable.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
        }
        variable.appendTail(expanded);
        return expanded.toString();
    }
}
