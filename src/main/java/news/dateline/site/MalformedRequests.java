package news.dateline.site;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import news.dateline.platform.ErrorPages;
import news.dateline.platform.UsableText;

/**
 * Refuses, with the site's 400 page and one log line, a request whose path or parameters hold
 * characters no page or form can use: NUL and other control characters (tab and line breaks are
 * fine in values), or bytes that were not UTF-8. Nothing behind this filter sees such a request,
 * so nothing is changed by it. Multipart forms are checked by the resources that read them. A body
 * declared larger than its kind may be (a 20 MB photo upload, 2 MB for other forms) is refused with
 * 413 before any of it is read; a form without a declared length with 411; a multipart form from
 * someone without a session (nobody may upload before signing in) with 403, before it is parsed.
 */
@WebFilter(filterName = "malformed-requests", urlPatterns = "/*")
public class MalformedRequests extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(MalformedRequests.class.getName());
    /** A multipart upload: a 20 MB photo and the form around it. */
    static final long MAX_MULTIPART_BYTES = news.dateline.media.MediaLibrary.MAX_BYTES + 1024 * 1024;
    /** The newsroom forms whose resources refuse unusable values field by field ({@link #checksItsOwnFields}). */
    private static final java.util.regex.Pattern FORMS_THAT_CHECK_THEIR_FIELDS = java.util.regex.Pattern.compile(
            "/newsroom/(login|setup|account/(password|email|language)"
            + "|accounts(/[^/]{1,80}/(role|email|reset-password))?"
            + "|sections(/[^/]{1,200})?|contributors(/\\d{1,18})?"
            + "|media(/\\d{1,18}(/focal-point)?)?"
            + "|breaking(/off)?"
            + "|fronts/(home|section/[a-z0-9-]{1,200})/[a-z-]{1,20}"
            + "|articles(/\\d{1,18}(/(notes|send-back|withdraw|return-to-draft|photo-picker|live(/\\d{1,18}/remove)?|translation))?"
            + "|/new/photo-picker)?)");
    /** The newsroom's filter forms (the desk's search, the audit log) that do the same. */
    private static final java.util.regex.Pattern FILTERS_THAT_CHECK_THEIR_FIELDS = java.util.regex.Pattern.compile(
            "/newsroom/?|/newsroom/audit|/newsroom/fronts/(home|section/[a-z0-9-]{1,200})");
    /** The listener's own limit ({@code max-post-size} in the server's configuration). */
    static final long LISTENER_MAX_POST_BYTES = 32L * 1024 * 1024;
    /** Any other form: text only. */
    static final long MAX_FORM_BYTES = 2L * 1024 * 1024;

    @Inject
    ErrorPages errorPages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() < 0 && (multipart(request) || form(request))) {
            refuse(response, 411, "request.length-required", request.getMethod() + " of a form without a length");
            return;
        }
        if (multipart(request) && request.getSession(false) == null) {
            refuse(response, 403, "request.sign-in-first", "a multipart form without a session");
            return;
        }
        String tooLarge = tooLarge(request);
        if (tooLarge != null) {
            drainWithinListenerLimit(request);
            refuse(response, 413, tooLarge, request.getMethod() + " of " + request.getContentLengthLong() + " bytes");
            return;
        }
        Optional<String> problem;
        try {
            problem = problem(request);
        } catch (IllegalStateException e) {
            drainWithinListenerLimit(request);
            refuse(response, 413, "request.upload-too-large", "a part over its limit: " + e.getMessage());
            return;
        } catch (FieldTooLarge e) {
            drainWithinListenerLimit(request);
            refuse(response, 413, "request.form-too-large", "a text field over " + MAX_FORM_BYTES + " bytes");
            return;
        }
        if (problem.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        refuse(response, 400, "request.unusable", request.getMethod() + ": " + problem.get());
    }

    /**
     * The message key for a body over its limit, judged by its declared length before any of it is
     * read; null when it may be read. A body without a length is bounded at the listener.
     */
    private static String tooLarge(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        if (length <= MAX_FORM_BYTES) {
            return null;
        }
        if (multipart(request)) {
            return length > MAX_MULTIPART_BYTES ? "request.upload-too-large" : null;
        }
        return "request.form-too-large";
    }

    /**
     * Reads and discards the rest of a refused body the listener would accept (up to its 32 MB
     * {@code max-post-size}), so that the client, still sending, gets to read the answer: a browser
     * whose upload is cut off shows a reset connection instead of the page that says what was wrong.
     * Anything larger is cut off by the listener itself.
     */
    private static void drainWithinListenerLimit(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        if (length < 0 || length > LISTENER_MAX_POST_BYTES) {
            return;
        }
        try (var body = request.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            while (body.read(buffer) >= 0) {
                // discarded
            }
        } catch (IOException | IllegalStateException e) {
            LOG.fine(() -> "a refused body could not be read to its end: " + e);
        }
    }

    private void refuse(HttpServletResponse response, int status, String messageKey, String logLine)
            throws IOException {
        LOG.info(() -> status + " for " + logLine);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Connection", "close");
        response.setContentType("text/html;charset=UTF-8");
        // With its length declared, the answer ends where it says, not where the connection does: a client still
        // finishing its upload reads all of it, however long the page (its menu grows with the sections).
        byte[] page = errorPages.keyedHtml(status, messageKey).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
        response.flushBuffer();
    }

    private static boolean multipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    private static Optional<String> problem(HttpServletRequest request) {
        String raw = request.getRequestURI();
        String decoded = (request.getServletPath() == null ? "" : request.getServletPath())
                + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!UsableText.usable(decoded, false) || raw.contains("%00") || !UsableText.usable(raw, false)) {
            return Optional.of("unusable characters in the path");
        }
        if (multipart(request)) {
            return query(request.getQueryString()).or(() -> textParts(request, !checksItsOwnFields(request)));
        }
        boolean checkValues = !checksItsOwnFields(request);
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!UsableText.usable(parameter.getKey(), false)) {
                return Optional.of("unusable characters in a parameter name");
            }
            for (String value : checkValues ? parameter.getValue() : new String[0]) {
                if (!UsableText.usable(value, true)) {
                    return Optional.of("unusable characters in the parameter " + shortened(parameter.getKey()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The text fields of a multipart form (not its files), checked like other parameters. Parsing
     * here also refuses a file over its limit before anything else reads the form.
     *
     * @throws IllegalStateException when a part or the whole form is larger than allowed
     */
    private static Optional<String> textParts(HttpServletRequest request, boolean checkValues) {
        try {
            for (Part part : request.getParts()) {
                if (part.getSubmittedFileName() == null && part.getSize() > MAX_FORM_BYTES) {
                    throw new FieldTooLarge();
                }
                if (part.getSubmittedFileName() == null) {
                    String value;
                    try (InputStream in = part.getInputStream()) {
                        value = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    if (!UsableText.usable(part.getName(), false) || (checkValues && !UsableText.usable(value, true))) {
                        return Optional.of("unusable characters in the field " + shortened(part.getName()));
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | ServletException e) {
            return Optional.of("a multipart form that cannot be read");
        }
    }

    /** The query string of a multipart request (whose parameters come from the parts), decoded and checked. */
    private static Optional<String> query(String query) {
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            try {
                if (!UsableText.usable(java.net.URLDecoder.decode(pair, StandardCharsets.UTF_8), false)) {
                    return Optional.of("unusable characters in the query");
                }
            } catch (IllegalArgumentException e) {
                return Optional.of("a query that cannot be decoded");
            }
        }
        return Optional.empty();
    }

    /**
     * The newsroom's forms check each of their fields themselves and show the message next to the
     * field, keeping everything that was typed; for them only sizes and field names are checked here.
     */
    private static boolean checksItsOwnFields(HttpServletRequest request) {
        String path = news.dateline.platform.RequestPath.of(request);
        return "POST".equals(request.getMethod()) ? FORMS_THAT_CHECK_THEIR_FIELDS.matcher(path).matches()
                : "GET".equals(request.getMethod()) && FILTERS_THAT_CHECK_THEIR_FIELDS.matcher(path).matches();
    }

    private static boolean form(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded");
    }

    /** A text field of a multipart form over {@link #MAX_FORM_BYTES}. */
    private static final class FieldTooLarge extends RuntimeException {
        FieldTooLarge() {
            super(null, null, false, false);
        }
    }

    private static String shortened(String name) {
        return name.length() > 40 ? name.substring(0, 40) + "…" : name;
    }
}
