package news.dateline.site;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import news.dateline.platform.CacheTag;
import news.dateline.platform.CapturedResponse;
import news.dateline.platform.Compression;
import news.dateline.platform.Settings;
import news.dateline.platform.SurrogateKeys;

/**
 * Serves public pages (listings, articles, search results, feeds, sitemaps) from {@link PageCache}
 * when it can, answering {@code If-None-Match} with 304, and fills the cache with successful public
 * responses, with a gzip copy made when the first client that takes gzip asks. Pages are keyed and rendered by {@link CacheKey}: query
 * parameters a route does not read never reach it. A page rendered for a host name that is not the
 * site's is never stored (it may be served a stored page: no URL comes from the request). Newsroom
 * pages, media and assets are never kept here. Every public page names its cache tags in the
 * {@code xkey} and {@code Surrogate-Key} headers, for the HTTP caches in front of the site (see
 * {@link HttpCachePurge}).
 */
@WebFilter(filterName = "page-cache", urlPatterns = "/*")
public class PublicPageCaching extends HttpFilter {

    /**
     * Says whether a page came from the cache: {@code hit}, {@code miss} or {@code bypass}; {@code stale}
     * when it came from the cache while the database's changes cannot be read.
     */
    static final String CACHE_HEADER = "X-Dateline-Cache";

    @Inject
    PageCache cache;

    @Inject
    PageTags pageTags;

    @Inject
    SiteGeneration generation;

    @Inject
    Settings settings;

    private Set<String> allowedHosts;

    @PostConstruct
    void readSettings() {
        allowedHosts = settings.allowedHosts();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean head = "HEAD".equals(request.getMethod());
        Optional<CacheKey> found = "GET".equals(request.getMethod()) || head
                ? CacheKey.of(path, request::getParameter) : Optional.empty();
        if (found.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        CacheKey key = found.get();
        HttpServletRequest normalised = new NormalisedQueryRequest(request, key);
        PageCache.Page page = cache.get(key.toString(), Compression.acceptsGzip(request));
        if (page == null && (head || !allowedHosts.contains(hostName(request)))) {
            response.setHeader(CACHE_HEADER, "bypass");
            TaggedResponse tagged = new TaggedResponse(response);
            chain.doFilter(normalised, tagged);
            tagged.tag();
            return;
        }
        if (page == null) {
            page = render(normalised, response, chain, key);
            if (page == null) {
                return;
            }
            response.setHeader(CACHE_HEADER, "miss");
        } else if (generation.isStale()) {
            response.setHeader(CACHE_HEADER, "stale");
            response.setHeader("Warning", "110 - \"Response is Stale\"");
        } else {
            response.setHeader(CACHE_HEADER, "hit");
        }
        send(request, response, withGzipIfAsked(request, key, page));
    }

    /**
     * The page with its gzip copy when this client takes gzip and the page was stored for one that
     * did not: the copy is made once, on the first such request, and kept with the page (unless the
     * page was dropped or replaced meanwhile). Pages no gzip client asks for are never compressed.
     */
    private PageCache.Page withGzipIfAsked(HttpServletRequest request, CacheKey key, PageCache.Page page) {
        if (page.gzipBody() != null || !Compression.acceptsGzip(request)) {
            return page;
        }
        byte[] gzipBody = Compression.gzipped(page.contentType(), page.body());
        if (gzipBody == null) {
            return page;
        }
        cache.addGzipBody(key.toString(), page, gzipBody);
        return page.withGzipBody(gzipBody);
    }

    /** Renders the page; returns it when it is a cacheable success, else sends what was rendered and returns null. */
    private PageCache.Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                  CacheKey key) throws IOException, ServletException {
        CapturedResponse capture = new CapturedResponse(response);
        long dropsBefore = cache.drops();
        request.setAttribute(Compression.HANDLED, Boolean.TRUE);
        chain.doFilter(request, capture);
        byte[] body = capture.body();
        String cacheControl = capture.getHeader("Cache-Control");
        String contentType = capture.getContentType();
        byte[] gzipBody = capture.getHeader("Content-Encoding") == null && Compression.acceptsGzip(request)
                ? Compression.gzipped(contentType, body) : null;
        if (capture.getStatus() != 200 || cacheControl == null || !cacheControl.contains("public")
                || capture.getHeader("ETag") == null) {
            response.setHeader(CACHE_HEADER, "miss");
            Compression.send(request, response, body, gzipBody);
            return null;
        }
        PageCache.Page page = new PageCache.Page(body, gzipBody, contentType, capture.getHeader("ETag"),
                capture.getHeader("Last-Modified"), cacheControl, tagsOfPage());
        cache.putUnlessDroppedSince(key.toString(), page, dropsBefore);
        return page;
    }

    /** The cache tags of the page just rendered: what it shows, and the navigation every page has. */
    private Set<String> tagsOfPage() {
        Set<String> tags = new HashSet<>(pageTags.all());
        tags.add(CacheTag.NAVIGATION);
        return Set.copyOf(tags);
    }

    /**
     * Names the page's cache tags for the HTTP caches in front of the site (Varnish's {@code xkey},
     * CDNs' {@code Surrogate-Key}), so that a change purges exactly the pages that show it there too.
     */
    private static void tag(HttpServletResponse response, Set<String> tags) {
        String keys = SurrogateKeys.of(tags);
        response.setHeader(SurrogateKeys.XKEY, keys);
        response.setHeader(SurrogateKeys.SURROGATE_KEY, keys);
    }

    /**
     * A page answered without the page cache (HEAD, another host name): tagged as it is sent, once the
     * page has been rendered and its tags are known, when it is a public success.
     */
    private final class TaggedResponse extends HttpServletResponseWrapper {

        private boolean tagged;

        TaggedResponse(HttpServletResponse response) {
            super(response);
        }

        void tag() {
            if (tagged || isCommitted()) {
                return;
            }
            tagged = true;
            String cacheControl = getHeader("Cache-Control");
            if (getStatus() == HttpServletResponse.SC_OK && cacheControl != null && cacheControl.contains("public")) {
                PublicPageCaching.tag((HttpServletResponse) getResponse(), tagsOfPage());
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            tag();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            tag();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            tag();
            super.flushBuffer();
        }
    }

    /**
     * Sends a cached page, or 304 when the client has it. The gzip form has a validator of its own
     * ({@code "…-gz"}), as the two are different bytes; either matches a conditional request.
     */
    private static void send(HttpServletRequest request, HttpServletResponse response, PageCache.Page page)
            throws IOException {
        response.setHeader("ETag", page.etag());
        response.setHeader("Cache-Control", page.cacheControl());
        tag(response, page.tags());
        if (page.lastModified() != null) {
            response.setHeader("Last-Modified", page.lastModified());
        }
        if (Compression.etagMatches(request.getHeader("If-None-Match"), page.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.addHeader("Vary", "Accept-Encoding");
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        Compression.send(request, response, page.body(), page.gzipBody());
    }

    /** The request's host name, without port, as the client gave it. */
    static String hostName(HttpServletRequest request) {
        String host = request.getServerName();
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }
}
