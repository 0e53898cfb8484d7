package news.dateline.site;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import news.dateline.platform.DatabaseUnavailable;
import news.dateline.platform.ErrorPages;

/**
 * Any other failure: logged with a reference, shown to the reader as a friendly 500 page; when the
 * database cannot be reached, a 503 page that asks to come back in a minute (load balancers and
 * caches in front retry or serve what they have).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Inject
    ErrorPages errorPages;

    @Override
    public Response toResponse(Throwable exception) {
        if (DatabaseUnavailable.isCauseOf(exception)) {
            LOG.log(Level.WARNING, "The database cannot be reached: " + exception);
            return Response.fromResponse(errorPages.page(503, null)).header("Retry-After", "30").build();
        }
        if (refusedCharacters(exception)) {
            // A value no form check stopped reached PostgreSQL, which refused it (and stored nothing).
            LOG.log(Level.WARNING, "PostgreSQL refused the characters of a value that no form check stopped", exception);
            return Response.status(400).type("text/html;charset=UTF-8").header("Cache-Control", "no-store")
                    .entity(errorPages.keyedHtml(400, "request.unusable")).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, exception);
        return errorPages.page(500, "(Reference: " + reference + ")");
    }

    /** Whether PostgreSQL refused a text for its characters (a NUL: character_not_in_repertoire). */
    static boolean refusedCharacters(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && ("22021".equals(sql.getSQLState())
                    || "22P05".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
