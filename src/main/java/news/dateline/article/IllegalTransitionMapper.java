package news.dateline.article;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import news.dateline.platform.ErrorPages;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.PageRenderer;

/** A status change the article's current status does not allow: 409 with the reason in words. */
@Provider
public class IllegalTransitionMapper implements ExceptionMapper<IllegalTransitionException> {

    @Inject
    ErrorPages errorPages;

    @Inject
    NewsroomClock clock;

    @Override
    public Response toResponse(IllegalTransitionException exception) {
        Object[] arguments = exception.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Instant instant) {
                arguments[i] = clock.display(instant);
            }
        }
        return errorPages.page(409, PageRenderer.message(exception.messageKey(), arguments));
    }
}
