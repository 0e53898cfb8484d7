package news.dateline.article;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import news.dateline.article.IllegalTransitionException;
import news.dateline.platform.ErrorPages;

/** A status change the article's current status does not allow: 409 with the reason. */
@Provider
public class IllegalTransitionMapper implements ExceptionMapper<IllegalTransitionException> {

    @Inject
    ErrorPages errorPages;

    @Override
    public Response toResponse(IllegalTransitionException exception) {
        return errorPages.page(409, exception.getMessage() + ".");
    }
}
