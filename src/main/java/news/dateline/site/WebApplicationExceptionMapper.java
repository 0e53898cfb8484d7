package news.dateline.site;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import news.dateline.platform.ErrorPages;

/** HTTP errors raised by resources (404, 400, 405, ...) become styled pages; redirects pass through. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Inject
    ErrorPages errorPages;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.getStatus() < 400) {
            return original;
        }
        String detail = exception instanceof BadRequestException ? exception.getMessage() : null;
        return errorPages.page(original.getStatus(), detail);
    }
}
