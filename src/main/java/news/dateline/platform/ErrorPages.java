package news.dateline.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Styled error pages in the site's chrome; never a stack trace. */
@ApplicationScoped
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());
    /** The statuses with a title and explanation of their own. */
    private static final Set<Integer> KNOWN = Set.of(400, 403, 404, 405, 409, 410, 503);
    /** The statuses whose explanation a caller may give instead. */
    private static final Set<Integer> DETAILED = Set.of(400, 403, 409, 410);
    /** The statuses of refusals explained by a bundle message ({@link #keyedHtml}). */
    private static final Set<Integer> KEYED = Set.of(400, 403, 411, 413, 503);

    @Inject
    PublicPageRenderer pages;

    public Response page(int status, String detail) {
        return Response.status(status)
                .type(CachedResponses.HTML)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .entity(html(status, detail))
                .build();
    }

    /**
     * The page for {@code status}: its title and explanation from the message bundle
     * ({@code error.title.<status>}, {@code error.text.<status>}, or the 4xx and 5xx ones), the
     * explanation replaced by {@code detail} where the status takes one (added to it for 5xx).
     */
    public String html(int status, String detail) {
        String kind = KNOWN.contains(status) ? String.valueOf(status) : status >= 500 ? "5xx" : "4xx";
        String text = PageRenderer.message("error.text." + kind);
        if (detail != null && DETAILED.contains(status)) {
            text = detail;
        } else if (detail != null && status >= 500 && status != 503) {
            text = text + " " + detail;
        }
        return render(new ErrorPage(status, PageRenderer.message("error.title." + kind), text));
    }

    /** An error page whose explanation is the bundle message {@code messageKey}. */
    public String keyedHtml(int status, String messageKey) {
        String kind = KEYED.contains(status) ? String.valueOf(status) : "400";
        return render(new ErrorPage(status, PageRenderer.message("error.title." + kind), null).explainedBy(messageKey));
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
