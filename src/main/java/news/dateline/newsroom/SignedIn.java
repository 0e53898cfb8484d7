package news.dateline.newsroom;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import news.dateline.account.Editor;

/** The editor of the current newsroom request, as established by {@link NewsroomGuard}. */
@RequestScoped
public class SignedIn {

    @Inject
    HttpServletRequest request;

    public Editor editor() {
        Editor editor = (Editor) request.getAttribute(NewsroomGuard.EDITOR_ATTRIBUTE);
        if (editor == null) {
            throw new IllegalStateException("No signed-in editor: the request did not pass the newsroom guard");
        }
        return editor;
    }

    public String csrfToken() {
        return NewsroomSession.csrfToken(request);
    }
}
