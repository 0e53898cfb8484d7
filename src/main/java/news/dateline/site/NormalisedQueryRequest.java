package news.dateline.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request that shows the page only the query parameters its route reads (see {@link CacheKey}). */
final class NormalisedQueryRequest extends HttpServletRequestWrapper {

    private final CacheKey key;
    private final Map<String, String[]> parameters = new LinkedHashMap<>();

    NormalisedQueryRequest(HttpServletRequest request, CacheKey key) {
        super(request);
        this.key = key;
        key.parameters().forEach((name, value) -> parameters.put(name, new String[] {value}));
    }

    @Override
    public String getQueryString() {
        String query = key.queryString();
        return query.isEmpty() ? null : query;
    }

    @Override
    public String getParameter(String name) {
        return key.parameters().get(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }
}
