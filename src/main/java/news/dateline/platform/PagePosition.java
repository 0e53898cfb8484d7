package news.dateline.platform;

import jakarta.ws.rs.BadRequestException;
import news.dateline.platform.PageKey;

/** The {@code before=} parameter of every keyset-paged page, public or newsroom. */
public final class PagePosition {

    private PagePosition() {
    }

    /**
     * @return the page key, or null for the first page
     * @throws BadRequestException when the value was not made by {@link PageKey#token()}
     */
    public static PageKey fromQuery(String before) {
        if (before == null || before.isBlank()) {
            return null;
        }
        try {
            return PageKey.parse(before.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("The page position is not valid.", e);
        }
    }
}
