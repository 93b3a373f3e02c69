package de.auditbot.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Requests that no HTTP client library would send, written byte by byte over a socket: characters
 * HTTP forbids in the request line, broken percent-encoding, {@code TRACE}, control characters and
 * huge values in headers, broken chunked bodies, a body longer than announced is not sent (that
 * only waits for the timeout).
 */
public final class RawHttp {

    /** What came back: the status and the raw head and body. */
    public record Answer(int status, String head, String body) {
    }

    private static final String BASE = "/api/v1/conversations/";

    private RawHttp() {
    }

    /** A hostile request for the given live conversation id, as raw bytes. */
    static byte[] request(Random random, String liveId) {
        String end = "\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
        List<String> lines = List.of(
                "GET " + BASE + "<script> HTTP/1.1" + end,
                "GET " + BASE + "a{b}|\\^` HTTP/1.1" + end,
                "GET " + BASE + liveId + "/report?format=%zz HTTP/1.1" + end,
                "GET " + BASE + "%00 HTTP/1.1" + end,
                "GET " + BASE + "%C0%AF HTTP/1.1" + end,
                "GET " + BASE + "%ED%A0%80/result HTTP/1.1" + end,
                "GET /api/../../etc/passwd HTTP/1.1" + end,
                "GET " + BASE + liveId + ";jsessionid=x HTTP/1.1" + end,
                "TRACE " + BASE + liveId + " HTTP/1.1" + end,
                "GET " + BASE + liveId + " HTTP/1.1" + end + "X-Control: a\u0001b\r\n",
                "GET " + BASE + liveId + " HTTP/1.1" + end + "X-Big: " + "a".repeat(20_000) + "\r\n",
                "GET " + BASE + liveId + " HTTP/1.1" + end + "Accept: \u00ff\u00fe\r\n",
                "POST " + BASE + liveId + "/messages HTTP/1.1" + end
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
                "POST " + BASE + liveId + "/messages HTTP/1.1" + end
                        + "Content-Type: application/json\r\nContent-Length: -5\r\n\r\n{}",
                "POST " + BASE + liveId + "/messages HTTP/1.1" + end
                        + "Content-Type: application/json\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
        String request = lines.get(random.nextInt(lines.size()));
        return (request.endsWith("\r\n\r\n") || request.contains("\r\n\r\n") ? request : request + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    public static Answer send(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.ISO_8859_1);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = dechunk(body);
            }
            int status = head.startsWith("HTTP/1.1 ") ? Integer.parseInt(head.substring(9, 12)) : -1;
            return new Answer(status, head, body);
        }
    }

    private static String dechunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toString();
    }
}
