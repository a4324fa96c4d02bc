package io.gatehouse.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import io.gatehouse.support.ApiTestSupport;

import org.junit.jupiter.api.Test;

/**
 * Headers the API reads go through the firewall's checks. Over a raw socket: an HTTP client library would not
 * send a control character in a header, and that is the request under test.
 */
class FirewallConfigurationTests extends ApiTestSupport {

    @Test
    void apiCallWhenAuthorizationHeaderHasControlCharacterThenRejectedAsBadRequest() throws IOException {
        // The byte 0x85 is read by the server as U+0085 (NEXT LINE), a control character.
        assertThat(statusLine("Bearer gat_abc\u0085")).contains(" 400 ");
    }

    @Test
    void apiCallWhenAuthorizationHeaderHasAssignedNonAsciiCharacterThenPastTheFirewallToTheTokenCheck()
            throws IOException {
        assertThat(statusLine("Bearer gat_caf\u00e9")).contains(" 401 ");
    }

    /** The status line of a GET of the orders with this Authorization header, sent byte for byte (ISO-8859-1). */
    private String statusLine(String authorization) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v3/orders HTTP/1.1\r\nHost: " + ACME + ".localhost:" + port + "\r\nAuthorization: "
                    + authorization + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
        }
    }
}
