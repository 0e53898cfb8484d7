package news.dateline.site;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import news.dateline.platform.ErrorPages;
import org.jboss.resteasy.specimpl.ResteasyHttpHeaders;
import org.jboss.resteasy.util.WeightedMediaType;

/**
 * Refuses, with the site's 400 page, a request whose negotiation headers ({@code Accept},
 * {@code Accept-Language}, {@code Content-Type}, {@code Content-Language}) cannot be read. JAX-RS
 * reads them before any resource runs, and on one it cannot read it answered a bare 400, or a 500
 * (a {@code q} that is not a number in {@code Accept}). The headers are read here the way it will
 * read them, so exactly the requests it would fail on are refused. Pages served from the page cache
 * never reach it and are not checked (this filter comes after the cache).
 */
@WebFilter(filterName = "unreadable-headers", urlPatterns = "/*")
public class UnreadableHeaders extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(UnreadableHeaders.class.getName());
    private static final List<String> NEGOTIATION = List.of(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE,
            HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE);
    /** The most of a problem's description that is logged. */
    private static final int LOGGED = 300;

    @Inject
    ErrorPages errorPages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> problem = problem(request);
        if (problem.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        LOG.info(() -> "400 for " + request.getMethod() + " with an unreadable header: " + problem.get());
        response.setStatus(400);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        byte[] page = errorPages.keyedHtml(400, "request.unreadable-header").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    /** What JAX-RS could not read in the request's negotiation headers; empty when it can read them all. */
    static Optional<String> problem(HttpServletRequest request) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        for (String name : NEGOTIATION) {
            Enumeration<String> values = request.getHeaders(name);
            while (values != null && values.hasMoreElements()) {
                headers.add(name, values.nextElement());
            }
        }
        if (headers.isEmpty()) {
            return Optional.empty();
        }
        try {
            ResteasyHttpHeaders parsed = new ResteasyHttpHeaders(headers);
            parsed.testParsing();
            // Choosing the resource weighs each accepted type again, by a parser of its own.
            for (MediaType accepted : parsed.getAcceptableMediaTypes()) {
                WeightedMediaType.parse(accepted);
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            String problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            // The message quotes the header, which may be up to the listener's 16 KB.
            return Optional.of(problem.length() > LOGGED ? problem.substring(0, LOGGED) + "…" : problem);
        }
    }
}
