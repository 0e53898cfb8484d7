package news.dateline.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.LongAdder;

/** Counts requests by status class (1xx..5xx) for {@code /metrics}. */
@WebFilter(filterName = "request-metrics", urlPatterns = "/*")
public class RequestMetrics extends HttpFilter {

    static final LongAdder[] BY_STATUS_CLASS = {new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder(),
        new LongAdder()};

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            int statusClass = response.getStatus() / 100;
            if (statusClass >= 1 && statusClass <= 5) {
                BY_STATUS_CLASS[statusClass - 1].increment();
            }
        }
    }
}
