package news.dateline.newsroom;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import news.dateline.account.AccessDeniedException;
import news.dateline.platform.ErrorPages;

/** A newsroom action the role does not allow: 403, whatever the request looked like. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    private static final Logger LOG = Logger.getLogger(AccessDeniedMapper.class.getName());

    @Inject
    ErrorPages errorPages;

    @Override
    public Response toResponse(AccessDeniedException exception) {
        LOG.info(() -> "Refused: " + exception.getMessage());
        return errorPages.page(403, null);
    }
}
