package news.dateline.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.0 over a plain socket, for requests Java's HTTP client will not send: a forged {@code Host},
 * a raw NUL in a path, a request line of a megabyte.
 */
public final class RawHttp {

    /** An answer: the status (0 when the server closed the connection without one), headers (lower-case names), body. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final URI base = URI.create(System.getProperty("dateline.test.base-url", "http://127.0.0.1:8180"));

    /** Sends {@code GET target} with these header lines ({@code "Host: evil.example"}); a Host line replaces the real one. */
    public Answer get(String target, String... headerLines) {
        StringBuilder head = new StringBuilder("GET ").append(target).append(" HTTP/1.0\r\n");
        boolean hostGiven = false;
        for (String line : headerLines) {
            hostGiven |= line.toLowerCase(Locale.ROOT).startsWith("host:");
            head.append(line).append("\r\n");
        }
        if (!hostGiven) {
            head.append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
        }
        head.append("\r\n");
        return send(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    public Answer send(byte[] request) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // the server may refuse and close before it has read everything; read what it said
            }
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // a reset after the answer: keep what arrived
        }
        return all.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || end < 0) {
            return new Answer(0, Map.of(), text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip(), (a, b) -> a + ", " + b);
            }
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
    }
}
