package news.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CacheKeyTest {

    @Test
    void onlyTheParametersARouteReadsMakeTheKey() {
        Map<String, String> query = Map.of("before", "1465310700000000-42", "utm_source", "x", "fbclid", "y");

        assertThat(key("/", query)).hasValue("/?before=1465310700000000-42");
        assertThat(key("/section/world", query)).hasValue("/section/world?before=1465310700000000-42");
        assertThat(key("/news/2016/06/07/slug", query)).hasValue("/news/2016/06/07/slug");
        assertThat(key("/tag/norway/feed.rss", query)).hasValue("/tag/norway/feed.rss");
    }

    @Test
    void searchParametersComeInOneOrderAndOneEncoding() {
        assertThat(key("/search", Map.of("page", "2", "q", "water prices", "ref", "home")))
                .hasValue("/search?q=water%20prices&page=2");
    }

    @Test
    void newsroomMediaAndAssetsAreNotCachedNorAreOddPaths() {
        assertThat(key("/newsroom", Map.of())).isEmpty();
        assertThat(key("/media/1.jpg", Map.of())).isEmpty();
        assertThat(key("/assets/site.css", Map.of())).isEmpty();
        assertThat(key("/news/2016/06/07/slug;jsessionid=1", Map.of())).isEmpty();
        assertThat(key("/news/2016/06/07/sl%75g", Map.of())).isEmpty();
        assertThat(key("/search", Map.of("q", "x".repeat(CacheKey.MAX_VALUE + 1)))).isEmpty();
    }

    private static Optional<String> key(String path, Map<String, String> query) {
        return CacheKey.of(path, query::get).map(CacheKey::toString);
    }
}
