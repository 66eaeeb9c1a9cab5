package dev.cairn.internal.sink;

import dev.cairn.Format;
import dev.cairn.delivery.DeliveryChannel;
import dev.cairn.delivery.DeliveryOptions;
import dev.cairn.internal.config.ValueType;
import dev.cairn.internal.delivery.HeaderList;
import dev.cairn.internal.delivery.HttpTransport;
import dev.cairn.spi.Sink;
import dev.cairn.spi.SinkContext;
import dev.cairn.spi.SinkOption;
import dev.cairn.spi.SinkProvider;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code http} sink type: records as Cairn's JSON lines, POSTed in batches ({@code application/x-ndjson}) through
 * the delivery engine, so it batches, retries, spools and counts like every network sink.
 */
public final class HttpSinkProvider implements SinkProvider {

    public static final String TYPE = "http";

    /** Parsed without checks so that a bad value is never echoed (it may hold credentials); checked in create. */
    static final SinkOption<String> URL = SinkOption.required("url", "an http or https URL", raw -> raw);
    /** Parsed in create for the same reason: values are credentials. */
    static final SinkOption<String> HEADERS =
            SinkOption.of("headers", "Name=value pairs separated by commas", "", raw -> raw);

    static final SinkOption<String> COMPRESSION = SinkOption.choice("compression", "gzip", "gzip", "none");
    static final SinkOption<Duration> TIMEOUT =
            SinkOption.of(
                    "timeout",
                    "a duration from 1ms to 10m such as 5s",
                    Duration.ofSeconds(10),
                    ValueType.duration("5s")
                                    .require(d -> d.compareTo(Duration.ofMillis(1)) >= 0
                                            && d.compareTo(Duration.ofMinutes(10)) <= 0)::parse);

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<SinkOption<?>> options() {
        List<SinkOption<?>> options = new ArrayList<>(List.of(URL, HEADERS, COMPRESSION, TIMEOUT));
        options.addAll(DeliveryOptions.ALL);
        return options;
    }

    @Override
    public Sink create(SinkContext context) {
        URI url = url(context.option(URL));
        Map<String, String> environment =
                context instanceof BuildContext ? ((BuildContext) context).environment() : System.getenv();
        HeaderList headers = HeaderList.parse(context.option(HEADERS), environment);
        HttpTransport transport = new HttpTransport(
                url,
                "application/x-ndjson",
                headers,
                context.option(COMPRESSION).equals("gzip"),
                context.option(TIMEOUT),
                context.clock());
        return new HttpSink(context.encoder(Format.JSON), DeliveryChannel.open(context, "", transport), transport);
    }

    /** The URL {@code raw} names; the error says what is wrong without quoting it. */
    private static URI url(String raw) {
        URI url;
        try {
            url = new URI(raw.trim());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("url is not a valid URL");
        }
        String scheme = url.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new IllegalArgumentException("url must start with http:// or https://");
        }
        if (url.getHost() == null) {
            throw new IllegalArgumentException("url has no host");
        }
        if (url.getRawUserInfo() != null) {
            throw new IllegalArgumentException(
                    "url holds a user name or password: set an Authorization header instead");
        }
        return url;
    }
}
