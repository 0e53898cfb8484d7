package news.dateline.newsroom;

import news.dateline.platform.JsonSupport;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The signed-in session's CSRF token, for a page that was open while its session ended: once its
 * user has signed in again (in another tab), the page's scripts fetch the new token and its autosave
 * and forms work again. Only a script of this site can read the answer (no cross-origin access is
 * granted); without a session the newsroom guard answers 401.
 */
@Path("/newsroom/session/token")
public class SessionTokenResource {

    @GET
    public Response token(@Context HttpServletRequest request) {
        return Response.ok(JsonSupport.object().add("csrf", NewsroomSession.csrfToken(request)).build()
                .toString(), MediaType.APPLICATION_JSON).header("Cache-Control", "no-store").build();
    }
}
