package dev.cairn.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.http.fixtures.WebLogs;
import dev.cairn.testing.HostileInputs;
import dev.cairn.testing.JsonLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property tests (jqwik) of the {@code X-Request-ID} header, over values built from the shared hostile corpus
 * ({@link HostileInputs}, replayed whole by the {@code @Example}s on every run), arbitrary characters and ids of the
 * allowed characters around the length bound: any value is either kept unchanged, exactly when it is 1 to 128 of
 * {@code A-Z a-z 0-9 . _ : -} (docs/web.md), or replaced by a new UUID and shown cut to 64 characters; never an
 * exception; and through a real log system, the response header and every record carry only an allowed id, every
 * record is one valid JSON line, and no raw C0 control (so no terminal escape) or line separator reaches the output.
 * (DEL and C1 controls in a rejected value are valid JSON and written as such, like in any value; the text layout
 * escapes them, docs/schema.md.)
 */
class RequestIdFuzzTest {

    /** The documented form, written independently of {@link RequestId}. */
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Provide
    Arbitrary<String> headers() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(HostileInputs.corpus()),
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0000', '\u00a0').ofMaxLength(8),
                Arbitraries.strings().withChars("AZaz09._:-").ofMinLength(1).ofMaxLength(70));
        return piece.list().ofMaxSize(4).map(parts -> String.join("", parts));
    }

    @Property(tries = 2_000)
    void anyHeaderValue_isKeptExactlyWhenAllowedAndOtherwiseReplaced(@ForAll("headers") String header) {
        assertRequestId(header);
    }

    @Example
    void corpus() {
        for (String input : HostileInputs.corpus()) {
            assertRequestId(input);
            assertRequestId(input + "x".repeat(200));
        }
    }

    private static void assertRequestId(String header) {
        RequestId id = RequestId.of(header);

        assertThat(ALLOWED.matcher(id.value()).matches()).as(id.value()).isTrue();
        if (ALLOWED.matcher(header).matches()) {
            assertThat(id.value()).isEqualTo(header);
            assertThat(id.rejected()).isNull();
        } else {
            assertThat(id.value()).matches(UUID);
            assertThat(id.rejected()).isNotNull();
            assertThat(id.rejected().length()).isLessThanOrEqualTo(RequestId.SHOWN_REJECTED + 1);
            String kept = id.rejected().endsWith("…") && header.length() > RequestId.SHOWN_REJECTED
                    ? id.rejected().substring(0, id.rejected().length() - 1)
                    : id.rejected();
            assertThat(header).startsWith(kept);
            boolean splitsAPair = !kept.isEmpty()
                    && header.length() > kept.length()
                    && Character.isHighSurrogate(kept.charAt(kept.length() - 1))
                    && Character.isLowSurrogate(header.charAt(kept.length()));
            assertThat(splitsAPair).as("cut inside a surrogate pair").isFalse();
        }
    }

    @Property(tries = 100)
    void anyHeaderValue_throughARealLogSystem_reachesResponseAndRecordsOnlyAsAnAllowedId(
            @ForAll("headers") String header) {
        assertThroughRequestLogging(header);
    }

    @Example
    void corpus_throughARealLogSystem() {
        for (String input : HostileInputs.corpus()) {
            assertThroughRequestLogging(input);
        }
    }

    private static void assertThroughRequestLogging(String header) {
        try (WebLogs logs = new WebLogs("fuzz")) {
            Exchange exchange = new Exchange(header);
            RequestScope scope =
                    RequestLogging.builder().system(logs.system).build().begin(exchange);
            scope.end(200, 0, "text/plain", null);

            String responseId = exchange.response.get("X-Request-ID");
            assertThat(ALLOWED.matcher(responseId).matches()).as(responseId).isTrue();
            String text = logs.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                assertThat(c < 0x20 && c != '\n' || c == '\u2028' || c == '\u2029')
                        .as("raw control character or line separator U+%04X in %s", (int) c, text)
                        .isFalse();
            }
            List<JsonNode> records = new ArrayList<>();
            for (String line : text.split("\n")) {
                records.add(JsonLines.parse(line));
            }
            assertThat(records).isNotEmpty();
            for (JsonNode record : records) {
                assertThat(record.path("request_id").asText()).isEqualTo(responseId);
                JsonNode rejected = record.get("rejected_request_id");
                if (rejected != null) {
                    assertThat(rejected.asText().length()).isLessThanOrEqualTo(RequestId.SHOWN_REJECTED + 1);
                }
            }
            boolean kept = ALLOWED.matcher(header).matches();
            assertThat(responseId.equals(header)).isEqualTo(kept);
            assertThat(records.stream().anyMatch(r -> r.has("rejected_request_id")))
                    .isEqualTo(!kept);
        }
    }

    /** One request carrying {@code X-Request-ID: value}, as a server integration hands it over. */
    private static final class Exchange implements ServerExchange {

        private final String value;
        final Map<String, String> response = new HashMap<>();

        Exchange(String value) {
            this.value = value;
        }

        @Override
        public String method() {
            return "GET";
        }

        @Override
        public String path() {
            return "/orders/1";
        }

        @Override
        public String query() {
            return null;
        }

        @Override
        public String route() {
            return null;
        }

        @Override
        public List<String> headerNames() {
            return List.of("X-Request-ID");
        }

        @Override
        public List<String> headers(String name) {
            return name.equalsIgnoreCase("X-Request-ID") ? List.of(value) : List.of();
        }

        @Override
        public String remoteAddress() {
            return "127.0.0.1";
        }

        @Override
        public void setResponseHeader(String name, String value) {
            response.put(name, value);
        }
    }
}
