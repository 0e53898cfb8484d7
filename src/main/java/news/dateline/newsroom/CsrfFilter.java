package news.dateline.newsroom;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import news.dateline.platform.ErrorPages;
import news.dateline.platform.PageRenderer;

/**
 * Every state change (POST, PUT, PATCH, DELETE) must carry the session's CSRF token, as the form
 * field {@code _csrf} or the header {@code X-CSRF-Token}; otherwise it is refused with 403. The two
 * forms posted before there is a session, sign-in and first-admin setup, carry the pre-session
 * token instead, and only that.
 */
@WebFilter(filterName = "csrf", urlPatterns = "/*")
public class CsrfFilter extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> PRE_SESSION_FORMS = Set.of("/newsroom/login", "/newsroom/setup");

    @Inject
    ErrorPages errorPages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || tokenMatches(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(errorPages.html(403, PageRenderer.message("error.formExpired")));
    }

    private static boolean tokenMatches(HttpServletRequest request) {
        String sent = request.getHeader(NewsroomSession.CSRF_HEADER);
        if (sent == null) {
            sent = request.getParameter(NewsroomSession.CSRF_FIELD);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && PRE_SESSION_FORMS.contains(path)
                ? NewsroomSession.formTokenMatches(request, sent)
                : NewsroomSession.sessionTokenMatches(request, sent);
    }
}
