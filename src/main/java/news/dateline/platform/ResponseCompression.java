package news.dateline.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Gzips text answers that the page cache does not compress itself (assets, the content API, error
 * pages, pages for other host names)
 * for clients that take it. Never the newsroom (BREACH: its pages hold a CSRF token next to what
 * the user typed), never photos (already compressed), never health or metrics. Runs inside the
 * page cache, which marks the requests whose answers it compresses itself.
 */
@WebFilter(filterName = "compression", urlPatterns = "/*")
public class ResponseCompression extends HttpFilter {

    private static final List<String> NEVER = List.of("/media/", "/health/", "/metrics");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = RequestPath.of(request);
        if (!"GET".equals(request.getMethod()) || !Compression.acceptsGzip(request) || RequestPath.newsroom(request)
                || NEVER.stream().anyMatch(path::startsWith)
                || request.getAttribute(Compression.HANDLED) != null) {
            chain.doFilter(request, response);
            return;
        }
        CapturedResponse capture = new CapturedResponse(response);
        chain.doFilter(request, capture);
        byte[] body = capture.body();
        byte[] gzipBody = capture.getHeader("Content-Encoding") == null && !personal(capture.getHeader("Cache-Control"))
                ? Compression.gzipped(capture.getContentType(), body) : null;
        Compression.send(request, response, body, gzipBody);
    }

    /** An answer no shared cache may keep is one person's page: it is sent as it is. */
    private static boolean personal(String cacheControl) {
        return cacheControl != null && (cacheControl.contains("no-store") || cacheControl.contains("private"));
    }
}
