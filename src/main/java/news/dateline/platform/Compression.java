package news.dateline.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip for text responses (HTML, CSS, JavaScript, feeds, sitemaps, JSON). Never used for newsroom
 * pages: they carry a CSRF token next to text the user typed, which compression would leak (BREACH).
 */
public final class Compression {

    /** A request attribute: the answer is compressed by whoever set it, not by {@link ResponseCompression}. */
    public static final String HANDLED = "dateline.compression-handled";

    /** Smaller bodies are sent as they are: gzip would save nothing worth a header. */
    static final int MIN_BYTES = 512;

    private Compression() {
    }

    /** Whether a response of this content type is text worth compressing. */
    public static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.startsWith("application/javascript")
                || type.startsWith("application/json") || type.startsWith("application/xml")
                || type.startsWith("application/rss+xml") || type.startsWith("application/atom+xml")
                || type.startsWith("image/svg+xml");
    }

    /** Whether the client takes gzip ({@code Accept-Encoding}, honouring {@code q=0}). */
    public static boolean acceptsGzip(HttpServletRequest request) {
        String header = request.getHeader("Accept-Encoding");
        if (header == null) {
            return false;
        }
        for (String part : header.split(",")) {
            String[] pieces = part.strip().split(";");
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("*")) {
                return pieces.length < 2 || !pieces[1].replace(" ", "").matches("q=0(\\.0{0,3})?");
            }
        }
        return false;
    }

    /** The validator of a body's gzip form: the body's own, marked, e.g. {@code "abc-gz"}. */
    public static String gzipEtag(String etag) {
        return etag.endsWith("\"") ? etag.substring(0, etag.length() - 1) + "-gz\"" : etag + "-gz";
    }

    /**
     * Whether {@code If-None-Match} names this body's validator or its gzip form's (or is {@code *});
     * weak validators compare by their opaque part.
     */
    public static boolean etagMatches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        String gzip = gzipEtag(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            tag = tag.startsWith("W/") ? tag.substring(2) : tag;
            if (tag.equals("*") || tag.equals(etag) || tag.equals(gzip)) {
                return true;
            }
        }
        return false;
    }

    /** The gzip form of a body, or null when it is too small or would not get smaller. */
    public static byte[] gzipped(String contentType, byte[] body) {
        if (body.length < MIN_BYTES || !compressible(contentType)) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] compressed = out.toByteArray();
        return compressed.length < body.length ? compressed : null;
    }

    /**
     * Writes a body, gzipped when there is a gzip form and the client takes it (its validator then
     * marked as the gzip form's). Either way the response says that it varies by {@code Accept-Encoding}.
     */
    public static void send(HttpServletRequest request, HttpServletResponse response, byte[] body, byte[] gzipBody)
            throws IOException {
        response.addHeader("Vary", "Accept-Encoding");
        byte[] sent = body;
        if (gzipBody != null && acceptsGzip(request)) {
            response.setHeader("Content-Encoding", "gzip");
            String etag = response.getHeader("ETag");
            if (etag != null) {
                response.setHeader("ETag", gzipEtag(etag));
            }
            sent = gzipBody;
        }
        response.setContentLength(sent.length);
        if (sent.length > 0 && !"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(sent);
        }
    }
}
