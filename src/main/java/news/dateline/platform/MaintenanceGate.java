package news.dateline.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * While the schema is behind the code, every page answers 503 with a short explanation, except
 * what an admin needs to fix it: sign-in, the database page, health checks and static assets.
 */
@WebFilter(filterName = "maintenance", urlPatterns = "/*")
public class MaintenanceGate extends HttpFilter {

    private static final List<String> OPEN = List.of("/newsroom/login", "/newsroom/logout", "/newsroom/admin/database",
            "/health/", "/assets/");

    @Inject
    SchemaStatus schema;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (schema.isCurrent() || OPEN.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "60");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Down for maintenance</title><link rel=\"stylesheet\" href=\"/assets/site.css\"></head>"
                + "<body><main class=\"error-page\"><h1>Down for maintenance</h1>"
                + "<p>The site is being updated and will be back shortly.</p>"
                + "<p class=\"status\">Administrators: the database needs its pending migrations;"
                + " <a href=\"/newsroom/admin/database\">run them here</a> or with the database command.</p>"
                + "</main></body></html>");
    }
}
