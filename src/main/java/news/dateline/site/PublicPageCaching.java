package news.dateline.site;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Serves public pages (listings, articles, search results, feeds, sitemaps) from {@link PageCache}
 * when it can, answering {@code If-None-Match} with 304, and fills the cache with successful public
 * responses. Newsroom pages, media and assets are never kept here.
 */
@WebFilter(filterName = "page-cache", urlPatterns = "/*")
public class PublicPageCaching extends HttpFilter {

    /** Says whether a page came from the cache: {@code hit} or {@code miss}. */
    static final String CACHE_HEADER = "X-Dateline-Cache";
    private static final List<String> CACHED_PREFIXES = List.of("/news/", "/section/", "/tag/", "/author/", "/feeds/",
            "/sitemaps/");
    private static final List<String> CACHED_PATHS = List.of("/", "/search", "/sitemap.xml", "/news-sitemap.xml",
            "/robots.txt");

    @Inject
    PageCache cache;

    @Inject
    PageTags pageTags;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod()) || !cacheable(path)) {
            chain.doFilter(request, response);
            return;
        }
        String key = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        PageCache.Page page = cache.get(key);
        if (page == null) {
            response.setHeader(CACHE_HEADER, "miss");
            Capture capture = new Capture(response);
            chain.doFilter(request, capture);
            byte[] body = capture.body();
            String cacheControl = capture.getHeader("Cache-Control");
            if (capture.getStatus() == 200 && cacheControl != null && cacheControl.contains("public")
                    && capture.getHeader("ETag") != null) {
                Set<String> tags = new java.util.HashSet<>(pageTags.all());
                tags.add("sections");
                cache.put(key, new PageCache.Page(body, capture.getContentType(), capture.getHeader("ETag"),
                        capture.getHeader("Last-Modified"), cacheControl, tags));
            }
            if (body.length > 0) {
                response.getOutputStream().write(body);
            }
            return;
        }
        response.setHeader(CACHE_HEADER, "hit");
        response.setHeader("ETag", page.etag());
        response.setHeader("Cache-Control", page.cacheControl());
        if (page.lastModified() != null) {
            response.setHeader("Last-Modified", page.lastModified());
        }
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(page.etag()) || "*".equals(ifNoneMatch.strip()))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    private static boolean cacheable(String path) {
        return CACHED_PATHS.contains(path) || CACHED_PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** Keeps what the application writes, so it can be both cached and sent. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("Not asynchronous");
                    }

                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        buffer.write(bytes, offset, length);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void setContentLength(int length) {
            // the real length is set when the captured body is written out
        }

        @Override
        public void setContentLengthLong(long length) {
            // as above
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }
    }
}
