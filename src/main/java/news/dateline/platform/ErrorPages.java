package news.dateline.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Styled error pages in the site's chrome; never a stack trace. */
@ApplicationScoped
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());

    @Inject
    PublicPageRenderer pages;

    public Response page(int status, String detail) {
        return Response.status(status)
                .type(CachedResponses.HTML)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .entity(html(status, detail))
                .build();
    }

    public String html(int status, String detail) {
        ErrorPage error = switch (status) {
            case 400 -> new ErrorPage(400, "Bad request", detail != null ? detail
                    : "The address is not one this site understands.");
            case 403 -> new ErrorPage(403, "Not allowed", detail != null ? detail
                    : "Your account may not do this. Ask an editor or an administrator if you need it.");
            case 404 -> new ErrorPage(404, "Page not found",
                    "There is no page at this address. It may have moved, or the link may be mistyped.");
            case 405 -> new ErrorPage(405, "Method not allowed", "This address cannot be used that way.");
            case 409 -> new ErrorPage(409, "Conflict", detail != null ? detail : "The request conflicts with a change.");
            case 410 -> new ErrorPage(410, "Gone", detail != null ? detail : "This page has been removed.");
            case 503 -> new ErrorPage(503, "Temporarily unavailable",
                    "The site cannot reach its database just now. Please try again in a minute.");
            default -> status >= 500
                    ? new ErrorPage(status, "Something went wrong", "We could not show this page. Please try again."
                            + (detail != null ? " " + detail : ""))
                    : new ErrorPage(status, "Request refused", "This request cannot be answered.");
        };
        return render(error);
    }

    /** An error page whose explanation is the bundle message {@code messageKey}. */
    public String keyedHtml(int status, String messageKey) {
        ErrorPage standard = switch (status) {
            case 403 -> new ErrorPage(403, "Not allowed", null);
            case 411 -> new ErrorPage(411, "Length required", null);
            case 413 -> new ErrorPage(413, "Too large", null);
            default -> new ErrorPage(status, "Bad request", null);
        };
        return render(standard.explainedBy(messageKey));
    }

    private String render(ErrorPage error) {
        try {
            return pages.render("site/error", null, Map.of("error", error));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not render the error page for status " + error.status(), e);
            return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error</title></head>"
                    + "<body><h1>" + error.status() + " " + error.title() + "</h1></body></html>";
        }
    }
}
