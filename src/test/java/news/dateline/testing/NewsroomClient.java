package news.dateline.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser-like newsroom client over HTTP: it keeps cookies, reads the CSRF token from the pages
 * it gets, and posts forms (URL-encoded or multipart) the way the newsroom's HTML forms do.
 */
public final class NewsroomClient {

    private final String baseUrl = System.getProperty("dateline.test.base-url", "http://127.0.0.1:8180");
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private String csrfToken;

    /** Signs in through the login form; returns the response to the form's POST. */
    public HttpResponse<String> signIn(String username, String password) {
        get("/newsroom/login");
        return post("/newsroom/login", Map.of("username", username, "password", password, "next", "/newsroom"));
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET().build());
        rememberToken(response);
        return response;
    }

    /** A GET with extra request headers, given as name, value, name, value... */
    public HttpResponse<String> getWithHeaders(String path, String... headers) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).headers(headers).GET().build());
        rememberToken(response);
        return response;
    }

    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.body(), baseUrl + path);
    }

    /** Posts a URL-encoded form with the current CSRF token. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            all.putIfAbsent("_csrf", csrfToken);
        }
        return postRaw(path, all);
    }

    /** Posts as the editor page's script does: URL-encoded fields, the CSRF token in a header. */
    public HttpResponse<String> postWithHeader(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-CSRF-Token", csrfToken == null ? "" : csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts as a script asking for JSON does: URL-encoded fields, the CSRF token in a header, Accept: JSON. */
    public HttpResponse<String> postWithHeaderAccepting(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("X-CSRF-Token", csrfToken == null ? "" : csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> postWithHeader(String path) {
        return postWithHeader(path, Map.of());
    }

    /** Posts exactly the given fields: no token is added. */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        rememberToken(response);
        return response;
    }

    /**
     * Posts a URL-encoded form whose values are given already percent-encoded, byte for byte (e.g.
     * {@code %ED%A0%80}, a lone surrogate in the form UTF-8 would give it, which Java's strings cannot
     * carry to the wire), with the current CSRF token.
     */
    public HttpResponse<String> postEncoded(String path, Map<String, String> encodedFields) {
        String body = encodedFields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        if (csrfToken != null && !encodedFields.containsKey("_csrf")) {
            body = "_csrf=" + encode(csrfToken) + (body.isEmpty() ? "" : "&" + body);
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        rememberToken(response);
        return response;
    }

    /**
     * The bytes of a whole POST request with this client's session cookie and {@code body} of the given
     * type, for {@link RawHttp#send}: bytes no HTTP client would send as they are.
     */
    public byte[] rawPost(String path, String contentType, byte[] body) {
        String head = "POST " + path + " HTTP/1.0\r\nHost: " + uri("").getHost() + ":" + uri("").getPort()
                + "\r\nCookie: DATELINE_SESSION=" + sessionCookie() + "\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(body);
        return request.toByteArray();
    }

    /** Posts a multipart form with the current CSRF token and, optionally, one file. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField,
                                              String fileName, byte[] file) {
        String boundary = "----dateline" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            all.putIfAbsent("_csrf", csrfToken);
        }
        all.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        if (fileField != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                    + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(file);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
        rememberToken(response);
        return response;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("DATELINE_SESSION")).map(c -> c.getValue()).findFirst().orElse(null);
    }

    public static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("No Location header; status " + response.statusCode()));
        return URI.create(location).getRawPath() + (URI.create(location).getRawQuery() == null ? ""
                : "?" + URI.create(location).getRawQuery());
    }

    private void rememberToken(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("text/html")) {
            return;
        }
        Element token = Jsoup.parse(response.body()).selectFirst("input[name=_csrf]");
        if (token != null) {
            csrfToken = token.attr("value");
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * The values an article editor page's form would send (fields, not its buttons or token): what a
     * test changes before posting it back as the browser would.
     */
    public static Map<String, String> editorFields(org.jsoup.nodes.Document page) {
        Map<String, String> fields = new java.util.HashMap<>();
        page.select("#article-form input[name], #article-form textarea[name], #article-form select[name]")
                .forEach(field -> {
                    if (field.is("select")) {
                        org.jsoup.nodes.Element chosen = field.selectFirst("option[selected]");
                        fields.put(field.attr("name"), chosen == null ? "" : chosen.val());
                    } else if (!field.attr("type").equals("file") && !field.attr("type").equals("checkbox")) {
                        fields.put(field.attr("name"), field.val());
                    }
                });
        fields.remove("_csrf");
        return fields;
    }
}
