package dev.cairn.otlp.internal;

import dev.cairn.delivery.SendResult;
import dev.cairn.delivery.Transport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Sends one signal's batches to the collector over OTLP/HTTP with the JDK's HTTP client, and reads the answer as the
 * OTLP/HTTP specification says: a 2xx answer is a success whose {@code partial_success} counts the items rejected for
 * good; 429, 502, 503 and 504 may be retried (after {@code Retry-After}, seconds or an HTTP date, when given); 413
 * means too large; any other status rejects the batch for good. Connection failures and timeouts are
 * {@link IOException}s, which the channel retries. Header values are sent, never reported.
 */
final class OtlpTransport implements Transport {

    private final HttpClient client;
    private final URI uri;
    private final Signal signal;
    private final Encoding encoding;
    private final List<Attribute> resource;
    private final Map<String, String> headers;
    private final boolean gzip;
    private final Duration timeout;
    private final Clock clock;

    OtlpTransport(
            URI uri,
            Signal signal,
            Encoding encoding,
            List<Attribute> resource,
            Map<String, String> headers,
            boolean gzip,
            Duration timeout,
            Clock clock) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
        this.uri = uri;
        this.signal = signal;
        this.encoding = encoding;
        this.resource = resource;
        this.headers = Map.copyOf(headers);
        this.gzip = gzip;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public SendResult send(List<byte[]> items) throws IOException {
        byte[] body = encoding.request(signal, resource, items);
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(timeout).header("Content-Type", encoding.contentType());
        if (gzip) {
            body = gzip(body);
            request.header("Content-Encoding", "gzip");
        }
        headers.forEach(request::header);
        HttpResponse<byte[]> response;
        try {
            response = client.send(
                    request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while sending to " + uri);
        }
        return result(
                response.statusCode(),
                response.headers().firstValue("Retry-After").orElse(null),
                response.body());
    }

    SendResult result(int status, String retryAfter, byte[] body) {
        if (status >= 200 && status < 300) {
            PartialSuccess partial = encoding.partialSuccess(signal, body);
            return partial.rejected() > 0
                    ? SendResult.partlyRejected(partial.rejected(), partial.message())
                    : SendResult.delivered();
        }
        String reason = "HTTP " + status + " from " + uri;
        switch (status) {
            case 429:
            case 502:
            case 503:
            case 504:
                return SendResult.retry(retryAfter(retryAfter), reason);
            case 413:
                return SendResult.tooLarge(reason);
            default:
                return SendResult.rejected(reason);
        }
    }

    /** The delay a {@code Retry-After} value asks for: seconds, or an HTTP date; null when absent or unreadable. */
    Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            long seconds = Long.parseLong(text);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }
}
