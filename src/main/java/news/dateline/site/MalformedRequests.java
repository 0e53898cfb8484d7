package news.dateline.site;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Refuses, with the site's 400 page and one log line, a request whose path or parameters hold
 * characters no page or form can use: NUL and other control characters (tab and line breaks are
 * fine in values), or bytes that were not UTF-8. Nothing behind this filter sees such a request,
 * so nothing is changed by it. Multipart forms are checked by the resources that read them.
 */
@WebFilter(filterName = "malformed-requests", urlPatterns = "/*")
public class MalformedRequests extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(MalformedRequests.class.getName());
    static final String DETAIL = "The request contains characters that cannot be used here (such as NUL or"
            + " bytes that are not UTF-8). Remove them and try again.";

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
        LOG.info(() -> "400 for " + request.getMethod() + ": " + problem.get());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(errorPages.html(400, DETAIL));
    }

    private static Optional<String> problem(HttpServletRequest request) {
        String raw = request.getRequestURI();
        String decoded = (request.getServletPath() == null ? "" : request.getServletPath())
                + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!usable(decoded, false) || raw.contains("%00") || !usable(raw, false)) {
            return Optional.of("unusable characters in the path");
        }
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return query(request.getQueryString());
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!usable(parameter.getKey(), false)) {
                return Optional.of("unusable characters in a parameter name");
            }
            for (String value : parameter.getValue()) {
                if (!usable(value, true)) {
                    return Optional.of("unusable characters in the parameter " + shortened(parameter.getKey()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> query(String query) {
        if (query == null) {
            return Optional.empty();
        }
        String lower = query.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("%00") || !usable(query, false) ? Optional.of("unusable characters in the query")
                : Optional.empty();
    }

    /**
     * Whether text holds only characters a page or form can use: no control characters (but tab,
     * CR and LF in values), no lone surrogates, and in paths and names no U+FFFD left by bytes that
     * were not UTF-8 (a value may hold U+FFFD: people paste it).
     */
    static boolean usable(String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                if (!(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
                    return false;
                }
            } else if (c == '\uFFFD' && !multiline) {
                return false;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String shortened(String name) {
        return name.length() > 40 ? name.substring(0, 40) + "…" : name;
    }
}
