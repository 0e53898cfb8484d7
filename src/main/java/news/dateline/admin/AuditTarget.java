package news.dateline.admin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an audit line's target lives in the newsroom. Targets are written as a kind and a key
 * ({@code article 12 (slug)}, {@code account anna}, {@code section world}, {@code contributor 3 (Anna)},
 * {@code photo 7}, {@code schema}); a target that does not read so has no link.
 */
record AuditTarget(String text, String url) {

    private static final Pattern KIND_AND_KEY = Pattern.compile("(article|contributor|photo) (\\d{1,18})\\b.*"
            + "|(account) ([a-z0-9._-]{2,60})|(section) ([a-z0-9]+(?:-[a-z0-9]+)*)|(schema)", Pattern.DOTALL);

    static AuditTarget of(String target) {
        if (target == null) {
            return new AuditTarget("", null);
        }
        Matcher m = KIND_AND_KEY.matcher(target);
        if (!m.matches()) {
            return new AuditTarget(target, null);
        }
        String url;
        if (m.group(1) != null) {
            url = switch (m.group(1)) {
                case "article" -> "/newsroom/articles/" + m.group(2);
                case "contributor" -> "/newsroom/contributors/" + m.group(2);
                default -> "/newsroom/media/" + m.group(2);
            };
        } else if (m.group(3) != null) {
            url = "/newsroom/accounts#account-" + m.group(4);
        } else if (m.group(5) != null) {
            url = "/newsroom/sections#section-" + m.group(6);
        } else {
            url = "/newsroom/admin/database";
        }
        return new AuditTarget(target, url);
    }
}
