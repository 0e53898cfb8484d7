package news.dateline.platform;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;

/**
 * The one place that sets the security headers of every response: a strict Content-Security-Policy
 * (scripts and styles only from this site, no inline script), no MIME sniffing, no framing (public
 * pages may be framed by configured sites), a referrer policy, a permissions policy, HSTS over HTTPS,
 * and {@code no-store} for every newsroom page. Redirects to this site become relative, so that no
 * {@code Host} or {@code X-Forwarded-*} header ever reaches a {@code Location}.
 */
@WebFilter(filterName = "security-headers", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'none';"
            + " object-src 'none'; frame-ancestors ";
    static final String PERMISSIONS = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(),"
            + " microphone=(), payment=(), usb=(), interest-cohort=()";
    static final String HSTS = "max-age=63072000; includeSubDomains";

    @Inject
    Settings settings;

    private String publicFrameAncestors;

    @PostConstruct
    void readSettings() {
        publicFrameAncestors = settings.publicFrameAncestors().orElse("'none'");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean newsroom = RequestPath.newsroom(request);
        String frameAncestors = newsroom ? "'none'" : publicFrameAncestors;
        response.setHeader("Content-Security-Policy", POLICY + frameAncestors);
        if ("'none'".equals(frameAncestors)) {
            response.setHeader("X-Frame-Options", "DENY");
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (newsroom) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new Guarded(response, request, newsroom));
    }

    /** Keeps newsroom pages out of every cache and makes redirects to this site relative. */
    private static final class Guarded extends HttpServletResponseWrapper {

        private final String ownHost;
        private final boolean newsroom;

        Guarded(HttpServletResponse response, HttpServletRequest request, boolean newsroom) {
            super(response);
            this.newsroom = newsroom;
            this.ownHost = request.getServerName();
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, adjusted(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            if (newsroom && "cache-control".equalsIgnoreCase(name)) {
                super.setHeader(name, "no-store");
                return;
            }
            super.addHeader(name, adjusted(name, value));
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            setStatus(SC_FOUND);
            setHeader("Location", location);
        }

        private String adjusted(String name, String value) {
            if (value == null) {
                return null;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (newsroom && lower.equals("cache-control")) {
                return "no-store";
            }
            if (lower.equals("location")) {
                return relativeIfOwn(value);
            }
            return value;
        }

        /** A redirect to the host the request named becomes a path, so that no request header reaches it. */
        private String relativeIfOwn(String location) {
            try {
                java.net.URI uri = new java.net.URI(location);
                if (uri.isAbsolute() && uri.getHost() != null && uri.getHost().equalsIgnoreCase(ownHost)) {
                    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                    return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                            + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
                }
                return location;
            } catch (java.net.URISyntaxException e) {
                return location;
            }
        }
    }
}
