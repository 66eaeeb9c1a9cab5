package dev.cairn.internal.delivery;

import dev.cairn.delivery.SendResult;
import dev.cairn.delivery.Transport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Posts a batch as one HTTP request whose body is the items one after the other (for JSON lines, each ends with a
 * newline), gzip-compressed when asked, and reads the status as OTLP/HTTP does: 2xx delivered; 429, 502, 503 and 504
 * retried (after {@code Retry-After} when given, in seconds or as an HTTP date); 413 too large; any other status
 * rejected for good. A connection that cannot be made is retried as never sent; a timeout or a cut connection after
 * the request went out is retried as an answer lost.
 */
public final class HttpTransport implements Transport {

    private static final int REASON_CHARS = 200;

    private final URI url;
    private final String contentType;
    private final HeaderList headers;
    private final boolean gzip;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient client;

    public HttpTransport(URI url, String contentType, HeaderList headers, boolean gzip, Duration timeout, Clock clock) {
        this.url = url;
        this.contentType = contentType;
        this.headers = headers;
        this.gzip = gzip;
        this.timeout = timeout;
        this.clock = clock;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(timeout);
        if (url.getScheme().equalsIgnoreCase("http")) {
            // Plain HTTP/2 would try an h2c upgrade that collectors rarely speak; 1.1 keeps connections alive too.
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        this.client = builder.build();
        request(new byte[0]);
    }

    /**
     * The request for {@code body}.
     *
     * @throws IllegalArgumentException if a configured header may not be set (such as {@code Host}), naming it
     */
    private HttpRequest request(byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (gzip) {
            request.header("Content-Encoding", "gzip");
        }
        List<String> names = headers.names();
        for (int i = 0; i < names.size(); i++) {
            try {
                request.header(names.get(i), headers.value(i));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("header " + names.get(i) + " cannot be set by a sink");
            }
        }
        return request.build();
    }

    @Override
    public SendResult send(List<byte[]> items) throws IOException {
        HttpResponse<String> response;
        try {
            response = client.send(
                    request(body(items)),
                    info -> info.statusCode() / 100 == 2
                            ? HttpResponse.BodySubscribers.replacing("")
                            : HttpResponse.BodySubscribers.mapping(
                                    HttpResponse.BodySubscribers.ofByteArray(), HttpTransport::reason));
        } catch (HttpConnectTimeoutException e) {
            throw new ConnectException("no connection within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while sending");
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return SendResult.delivered();
        }
        String reason = "HTTP " + status + (response.body().isEmpty() ? "" : ": " + response.body());
        switch (status) {
            case 429:
            case 502:
            case 503:
            case 504:
                return SendResult.retry(
                        retryAfter(response.headers().firstValue("Retry-After").orElse(null)), reason);
            case 413:
                return SendResult.tooLarge(reason);
            default:
                return SendResult.rejected(reason);
        }
    }

    private byte[] body(List<byte[]> items) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (gzip) {
            try (GZIPOutputStream zipped = new GZIPOutputStream(body)) {
                for (byte[] item : items) {
                    zipped.write(item);
                }
            }
        } else {
            for (byte[] item : items) {
                body.write(item);
            }
        }
        return body.toByteArray();
    }

    private static String reason(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, REASON_CHARS * 4), StandardCharsets.UTF_8).strip();
        return text.length() > REASON_CHARS ? text.substring(0, REASON_CHARS) + "…" : text;
    }

    /** The wait a {@code Retry-After} value asks for; null when there is none or it cannot be read. */
    Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        if (text.chars().allMatch(Character::isDigit)) {
            return text.length() > 9 ? Duration.ofSeconds(999_999_999) : Duration.ofSeconds(Long.parseLong(text));
        }
        try {
            Duration until = Duration.between(
                    clock.instant(),
                    ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                            .toInstant());
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The URL without its query, and the header names only. */
    @Override
    public String toString() {
        return "POST " + url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                + url.getRawPath() + " with " + headers;
    }
}
