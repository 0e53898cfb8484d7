package news.dateline.site;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import news.dateline.account.Permission;
import news.dateline.front.FrontKey;
import news.dateline.front.Fronts;
import news.dateline.newsroom.SignedIn;
import news.dateline.section.Section;
import news.dateline.section.SectionService;

/**
 * The newsroom's preview of a front's draft: the public page as readers will get it once the draft is
 * published, for editors; never cached, never indexed.
 */
@Path("/newsroom/fronts/{front: home|section/[a-z0-9]+(?:-[a-z0-9]+)*}/preview")
public class FrontPreviewResource {

    @Inject
    SignedIn signedIn;

    @Inject
    Fronts fronts;

    @Inject
    FrontPages frontPages;

    @Inject
    SectionService sections;

    @Inject
    SitePages pages;

    @GET
    public Response preview(@PathParam("front") String front) {
        signedIn.editor().require(Permission.PUBLISH_ARTICLE);
        FrontKey key = FrontKey.ofPath(front);
        if (key == null) {
            throw new NotFoundException();
        }
        String sectionName = key.isHome() ? null
                : sections.findBySlug(key.sectionSlug()).map(Section::getName).orElseThrow(NotFoundException::new);
        FrontPages.Built built = frontPages.preview(key, sectionName, fronts.draft(key).arrangement());
        Map<String, Object> model = new HashMap<>();
        model.put("front", built.page());
        model.put("meta", null);
        model.put("preview", true);
        return Response.ok(pages.render("site/front", key.sectionSlug(), model), "text/html;charset=UTF-8")
                .header("Cache-Control", "private, no-store")
                .header("X-Robots-Tag", "noindex")
                .build();
    }
}
