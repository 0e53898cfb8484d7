package news.dateline.front;

/**
 * Which front: the home page ({@code sectionSlug} null) or a section's page. Its {@link #path()} names it
 * in the newsroom's and the API's addresses: {@code home} or {@code section/world}.
 */
public record FrontKey(String sectionSlug) {

    public static final FrontKey HOME = new FrontKey(null);

    public static FrontKey section(String slug) {
        return new FrontKey(slug);
    }

    public boolean isHome() {
        return sectionSlug == null;
    }

    public String path() {
        return isHome() ? "home" : "section/" + sectionSlug;
    }

    /** The front a path names; null for a path that names none. */
    public static FrontKey ofPath(String path) {
        if ("home".equals(path)) {
            return HOME;
        }
        if (path != null && path.matches("section/[a-z0-9]+(-[a-z0-9]+)*") && path.length() <= 208) {
            return section(path.substring("section/".length()));
        }
        return null;
    }
}
