package news.dateline.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path a request is routed by: decoded and normalised, as servlet mappings and JAX-RS match it
 * ({@code /%6Eewsroom} is {@code /newsroom}). Decisions about a request (is it the newsroom? may it
 * be compressed?) are made on this path, never on the raw request URI.
 */
public final class RequestPath {

    private RequestPath() {
    }

    public static String of(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        String path = servletPath + pathInfo;
        return path.isEmpty() ? "/" : path;
    }

    /** Whether the request is for the newsroom: no compression, no framing, never stored by a cache. */
    public static boolean newsroom(HttpServletRequest request) {
        String path = of(request);
        return path.equals("/newsroom") || path.startsWith("/newsroom/");
    }
}
