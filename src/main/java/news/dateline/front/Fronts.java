package news.dateline.front;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.audit.AuditAction;
import news.dateline.audit.AuditLog;
import news.dateline.platform.FieldRefused;
import news.dateline.platform.FormInput;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.SqlValues;
import news.dateline.platform.UsableText;
import news.dateline.section.SectionLink;
import news.dateline.section.SectionService;

/**
 * The fronts editors arrange: each has a draft that every change of the arrangement edits, and the versions
 * published from it (the newest is what readers see). A change names the revision of the front the editor
 * saw; when another editor changed the front since, it is refused (field {@code front}) instead of
 * silently building on an arrangement the editor never saw. Changes of one front run one at a time (its
 * row is locked), and one change is one transaction.
 */
@ApplicationScoped
@Transactional
public class Fronts {

    public static final int MAX_NOTE_LENGTH = 300;
    public static final int MAX_HEADLINE_LENGTH = 300;
    public static final int MAX_LEAD_LENGTH = 1000;
    public static final int MAX_TITLE_LENGTH = 120;

    /** The draft of a front as editors see it: {@link #seen()} goes into every form. */
    public record Draft(FrontKey key, long revision, Arrangement arrangement, Integer liveNumber,
                        boolean differsFromLive, Instant changedAt, String changedBy) {

        /**
         * What a form sends back to name the front as the editor saw it: its revision, or for a front never
         * changed (revision 0) the arrangement shown, which is made from the sections and may differ by the
         * time the editor clicks.
         */
        public String seen() {
            return revision > 0 ? Long.toString(revision) : "0-" + arrangement.fingerprint();
        }
    }

    /** A photo shown instead of a story's own, as the page needs it. */
    public record Photo(long id, String mimeType, String altText, Integer focalX, Integer focalY, int width) {
    }

    /** The arrangement readers see, with the photos its placements show instead of the stories' own. */
    public record Live(int number, Instant publishedAt, Arrangement arrangement, Map<Long, Photo> photos) {
    }

    /** A published version, newest first in the history; {@code changes} against the version before it. */
    public record Version(int number, Instant publishedAt, String publishedBy, String note, Integer restoredFrom,
                          Arrangement arrangement, List<ArrangementChange> changes) {
    }

    /** A story an editor may place: published, or scheduled (it appears when it publishes). */
    public record Story(long id, String headline, String status, Instant at) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    NewsroomClock clock;

    @Inject
    AuditLog audit;

    @Inject
    SectionService sections;

    @Inject
    Event<FrontChanged> changed;

    /** The arrangement readers see now; empty when no version was published (the page shows its default). */
    public Optional<Live> live(FrontKey key) {
        List<?> rows = select("v.id = (select v2.id from front_version v2 join front f on f.id = v2.front_id where "
                + frontMatch(key) + " and v2.number is not null order by v2.number desc limit 1)", key, null)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Photo> photos = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            if (r[9] != null) {
                long id = ((Number) r[9]).longValue();
                photos.put(id, new Photo(id, (String) r[10], (String) r[11], integer(r[12]), integer(r[13]),
                        ((Number) r[16]).intValue()));
            }
        }
        Object[] first = (Object[]) rows.get(0);
        return Optional.of(new Live(((Number) first[15]).intValue(), SqlValues.instant(first[17]), arrangement(rows),
                photos));
    }

    /** The arrangement a front shows before an editor arranged it. */
    public Arrangement defaultArrangement(FrontKey key) {
        return key.isHome()
                ? Arrangement.defaultHome(sections.publicNavigation().stream().map(SectionLink::slug).toList())
                : Arrangement.defaultSection();
    }

    /** The draft editors work on (the default arrangement for a front no one arranged yet, at revision 0). */
    public Draft draft(FrontKey key) {
        List<?> front = em.createNativeQuery("select f.revision, f.changed_at,"
                        + " (select coalesce(nullif(p.display_name, ''), p.username) from account p where p.id = f.changed_by),"
                        + " (select d.id from front_version d where d.front_id = f.id and d.number is null),"
                        + " (select max(v.number) from front_version v where v.front_id = f.id)"
                        + " from front f where " + frontMatch(key))
                .setParameter("slug", key.isHome() ? "" : key.sectionSlug())
                .getResultList();
        Optional<Live> live = live(key);
        if (front.isEmpty()) {
            return new Draft(key, 0, defaultArrangement(key), null, true, null, null);
        }
        Object[] f = (Object[]) front.get(0);
        Arrangement arrangement = arrangementOf(((Number) f[3]).longValue());
        return new Draft(key, ((Number) f[0]).longValue(), arrangement, f[4] == null ? null : ((Number) f[4]).intValue(),
                live.map(l -> !l.arrangement().equals(arrangement)).orElse(true),
                f[1] == null ? null : SqlValues.instant(f[1]), (String) f[2]);
    }

    /**
     * Changes the draft: {@code change} gets the draft as it is and returns it changed. Stories newly placed
     * must be published or scheduled; a photo shown instead of a story's own must be in the library.
     *
     * @return the front's new revision
     * @throws FieldRefused when the change cannot be made, or (field {@code front}) when another editor changed
     *         the front since revision {@code seen}
     */
    public long change(Editor editor, FrontKey key, String seen, UnaryOperator<Arrangement> change) {
        editor.require(Permission.PUBLISH_ARTICLE);
        long front = lock(key);
        long revision = requireUnchangedSince(front, seen);
        long draft = draftVersion(front);
        Arrangement before = arrangementOf(draft);
        Arrangement after = change.apply(before);
        requirePlaceable(before, after);
        write(draft, after);
        return touch(front, editor, revision);
    }

    /**
     * Puts the draft on the site as the front's next version.
     *
     * @return the number of the version published
     * @throws FieldRefused when the draft is what readers see already, for an unusable note, or (field
     *         {@code front}) when another editor changed the front since revision {@code seen}
     */
    public int publish(Editor editor, FrontKey key, String seen, String note) {
        editor.require(Permission.PUBLISH_ARTICLE);
        String words = note(note);
        long front = lock(key);
        long revision = requireUnchangedSince(front, seen);
        return publishDraft(editor, key, front, revision, words, null);
    }

    /**
     * Publishes again what version {@code number} showed, as the front's next version (a rollback that keeps
     * the history whole). The draft becomes that arrangement.
     */
    public int restore(Editor editor, FrontKey key, String seen, String number) {
        editor.require(Permission.PUBLISH_ARTICLE);
        String given = number == null ? "" : number.strip();
        if (!given.matches("\\d{1,9}")) {
            throw new FieldRefused("version", "front.error.noSuchVersion");
        }
        long front = lock(key);
        long revision = requireUnchangedSince(front, seen);
        List<?> version = em.createNativeQuery("select id from front_version where front_id = :front and number = :n")
                .setParameter("front", front).setParameter("n", Integer.parseInt(given)).getResultList();
        if (version.isEmpty()) {
            throw new FieldRefused("version", "front.error.noSuchVersion");
        }
        write(draftVersion(front), arrangementOf(((Number) version.get(0)).longValue()));
        return publishDraft(editor, key, front, revision, null, Integer.parseInt(given));
    }

    /** The published versions, newest first, each with what changed against the one before it. */
    public List<Version> history(FrontKey key, int limit) {
        List<?> rows = em.createNativeQuery("select v.id, v.number, v.published_at,"
                        + " coalesce(nullif(p.display_name, ''), p.username), v.note, v.restored_from"
                        + " from front_version v join front f on f.id = v.front_id"
                        + " left join account p on p.id = v.published_by"
                        + " where " + frontMatch(key) + " and v.number is not null order by v.number desc limit :limit")
                .setParameter("slug", key.isHome() ? "" : key.sectionSlug())
                .setParameter("limit", limit + 1)
                .getResultList();
        List<Long> ids = rows.stream().map(r -> ((Number) ((Object[]) r)[0]).longValue()).toList();
        Map<Long, Arrangement> arrangements = arrangementsOf(ids);
        List<Version> versions = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), limit); i++) {
            Object[] r = (Object[]) rows.get(i);
            Arrangement shown = arrangements.get(ids.get(i));
            Arrangement before = i + 1 < rows.size() ? arrangements.get(ids.get(i + 1))
                    : new Arrangement(List.of(Block.top()));
            versions.add(new Version(((Number) r[1]).intValue(), SqlValues.instant(r[2]), (String) r[3], (String) r[4],
                    r[5] == null ? null : ((Number) r[5]).intValue(), shown,
                    ArrangementChange.between(before, shown)));
        }
        return versions;
    }

    /**
     * Stories an editor may place, newest first: published or scheduled ones whose headline holds
     * {@code words} (every story when it is blank), or the story with that number.
     */
    public List<Story> findStories(String words, int limit) {
        String query = words == null ? "" : words.strip();
        Query select = em.createNativeQuery("select id, headline, status, coalesce(published_at, scheduled_at)"
                + " from article where status in ('PUBLISHED', 'SCHEDULED')"
                + (query.isEmpty() ? "" : " and (headline ilike :pattern escape '\\' or cast(id as text) = :words)")
                + " order by coalesce(published_at, scheduled_at) desc, id desc limit :limit");
        if (!query.isEmpty()) {
            select.setParameter("pattern", "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                    .setParameter("words", query);
        }
        return select.setParameter("limit", limit).getResultList().stream().map(row -> {
            Object[] r = (Object[]) row;
            return new Story(((Number) r[0]).longValue(), (String) r[1], (String) r[2], SqlValues.instant(r[3]));
        }).toList();
    }

    /** Headline and status of the stories with these ids (for the newsroom's view of an arrangement). */
    public Map<Long, Story> stories(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Story> stories = new HashMap<>();
        em.createNativeQuery("select id, headline, status, coalesce(published_at, scheduled_at) from article"
                        + " where id in :ids")
                .setParameter("ids", ids)
                .getResultList().forEach(row -> {
                    Object[] r = (Object[]) row;
                    long id = ((Number) r[0]).longValue();
                    stories.put(id, new Story(id, (String) r[1], (String) r[2], r[3] == null ? null : SqlValues.instant(r[3])));
                });
        return stories;
    }

    /** The photos with these ids, as a front shows them instead of a story's own. */
    public List<Photo> photos(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("select id, mime_type, alt_text, focal_x, focal_y, width from media_asset where id in :ids")
                .setParameter("ids", ids)
                .getResultList().stream().map(row -> {
                    Object[] r = (Object[]) row;
                    return new Photo(((Number) r[0]).longValue(), (String) r[1], (String) r[2], integer(r[3]),
                            integer(r[4]), ((Number) r[5]).intValue());
                }).toList();
    }

    /** The words a placement shows instead of the story's own: null when left empty. */
    public static String ownWords(String field, String value, int maxLength) {
        String words = value == null ? "" : value.strip();
        if (!UsableText.usable(words, false)) {
            throw new FieldRefused(field, FormInput.UNUSABLE);
        }
        if (words.length() > maxLength) {
            throw new FieldRefused(field, "front.error.tooLong", maxLength);
        }
        return words.isEmpty() ? null : words;
    }

    private int publishDraft(Editor editor, FrontKey key, long front, long revision, String note, Integer restoredFrom) {
        long draft = draftVersion(front);
        Arrangement arrangement = arrangementOf(draft);
        Optional<Live> live = live(key);
        if (live.isPresent() && live.get().arrangement().equals(arrangement)) {
            throw new FieldRefused(restoredFrom == null ? "publish" : "version", "front.error.nothingToPublish");
        }
        int number = live.map(l -> l.number() + 1).orElse(1);
        em.createNativeQuery("update front_version set number = :n, published_at = :now, published_by = :by,"
                        + " note = :note, restored_from = :from where id = :id")
                .setParameter("n", number)
                .setParameter("now", Timestamp.from(clock.now()))
                .setParameter("by", editor.accountId())
                .setParameter("note", note)
                .setParameter("from", restoredFrom)
                .setParameter("id", draft)
                .executeUpdate();
        write(newDraft(front), arrangement);
        touch(front, editor, revision);
        audit.record(restoredFrom == null ? AuditAction.FRONT_PUBLISHED : AuditAction.FRONT_RESTORED, editor,
                "front " + key.path(), "version " + number + (restoredFrom == null ? "" : " = " + restoredFrom)
                        + (note == null ? "" : ": " + note));
        changed.fire(new FrontChanged(key));
        return number;
    }

    private static String note(String note) {
        return ownWords("note", note, MAX_NOTE_LENGTH);
    }

    /** Newly placed stories must be on the site or on their way; photos shown instead must exist. */
    private void requirePlaceable(Arrangement before, Arrangement after) {
        Set<Long> placed = new HashSet<>(after.placedArticleIds());
        placed.removeAll(before.placedArticleIds());
        if (!placed.isEmpty()) {
            Number placeable = (Number) em.createNativeQuery("select count(*) from article where id in :ids"
                            + " and status in ('PUBLISHED', 'SCHEDULED')")
                    .setParameter("ids", placed).getSingleResult();
            if (placeable.intValue() != placed.size()) {
                throw new FieldRefused("article", "front.error.notPlaceable");
            }
        }
        Set<Long> photos = new HashSet<>();
        after.blocks().forEach(b -> b.slots().stream().filter(s -> s.photoId() != null).forEach(s -> photos.add(s.photoId())));
        if (!photos.isEmpty()) {
            Number known = (Number) em.createNativeQuery("select count(*) from media_asset where id in :ids")
                    .setParameter("ids", photos).getSingleResult();
            if (known.intValue() != photos.size()) {
                throw new FieldRefused("photo", "front.error.noSuchPhoto");
            }
        }
        for (Block block : after.blocks()) {
            if (block.kind() == BlockKind.SECTION && block.sectionSlug() != null
                    && !before.sectionSlugs().contains(block.sectionSlug())
                    && sections.findBySlug(block.sectionSlug()).isEmpty()) {
                throw new FieldRefused("section", "front.error.chooseSection");
            }
        }
    }

    /** The front's row, created with a draft of the default arrangement when it has none, locked until commit. */
    private long lock(FrontKey key) {
        Long sectionId = null;
        if (!key.isHome()) {
            sectionId = sections.findBySlug(key.sectionSlug()).map(s -> s.getId())
                    .orElseThrow(() -> new FieldRefused("front", "front.error.noSuchFront"));
        }
        Query insert = em.createNativeQuery(key.isHome()
                ? "insert into front (section_id) values (null) on conflict do nothing"
                : "insert into front (section_id) values (:section) on conflict do nothing");
        if (sectionId != null) {
            insert.setParameter("section", sectionId);
        }
        int created = insert.executeUpdate();
        long front = ((Number) em.createNativeQuery("select id from front f where " + frontMatch(key) + " for update")
                .setParameter("slug", key.isHome() ? "" : key.sectionSlug()).getSingleResult()).longValue();
        if (created > 0) {
            write(newDraft(front), defaultArrangement(key));
        }
        return front;
    }

    private long requireUnchangedSince(long front, String seen) {
        long revision = ((Number) em.createNativeQuery("select revision from front where id = :id")
                .setParameter("id", front).getSingleResult()).longValue();
        String given = seen == null ? "" : seen.strip();
        String expected = revision > 0 ? Long.toString(revision) : "0-" + arrangementOf(draftVersion(front)).fingerprint();
        if (!given.equals(expected)) {
            throw new FieldRefused("front", "front.error.changed");
        }
        return revision;
    }

    private long touch(long front, Editor editor, long revision) {
        em.createNativeQuery("update front set revision = :next, changed_at = :now, changed_by = :by where id = :id")
                .setParameter("next", revision + 1)
                .setParameter("now", Timestamp.from(clock.now()))
                .setParameter("by", editor.accountId())
                .setParameter("id", front)
                .executeUpdate();
        return revision + 1;
    }

    private long draftVersion(long front) {
        return ((Number) em.createNativeQuery("select id from front_version where front_id = :front and number is null")
                .setParameter("front", front).getSingleResult()).longValue();
    }

    private long newDraft(long front) {
        return ((Number) em.createNativeQuery("insert into front_version (front_id) values (:front) returning id")
                .setParameter("front", front).getSingleResult()).longValue();
    }

    /** Replaces what a (draft) version holds with {@code arrangement}. */
    private void write(long version, Arrangement arrangement) {
        em.createNativeQuery("delete from front_block where version_id = :v").setParameter("v", version).executeUpdate();
        for (int b = 0; b < arrangement.blocks().size(); b++) {
            Block block = arrangement.blocks().get(b);
            em.createNativeQuery("insert into front_block (version_id, position, kind, title, section_id, size)"
                            + " values (:v, :p, :kind, :title, (select id from section where slug = :slug), :size)")
                    .setParameter("v", version)
                    .setParameter("p", b)
                    .setParameter("kind", block.kind().name())
                    .setParameter("title", block.title())
                    .setParameter("slug", block.sectionSlug() == null ? "" : block.sectionSlug())
                    .setParameter("size", block.size())
                    .executeUpdate();
            for (int s = 0; s < block.slots().size(); s++) {
                Slot slot = block.slots().get(s);
                em.createNativeQuery("insert into front_slot (version_id, block_position, position, article_id,"
                                + " headline, lead, photo_id) values (:v, :b, :p, :article, :headline, :lead, :photo)")
                        .setParameter("v", version)
                        .setParameter("b", b)
                        .setParameter("p", s)
                        .setParameter("article", slot.articleId())
                        .setParameter("headline", slot.headline())
                        .setParameter("lead", slot.lead())
                        .setParameter("photo", slot.photoId())
                        .executeUpdate();
            }
        }
    }

    private Arrangement arrangementOf(long version) {
        return arrangement(select("v.id = :version", null, version).getResultList());
    }

    private Map<Long, Arrangement> arrangementsOf(List<Long> versions) {
        Map<Long, List<Object>> rows = new HashMap<>();
        if (!versions.isEmpty()) {
            select("v.id in :versions", null, null).setParameter("versions", versions).getResultList()
                    .forEach(row -> rows.computeIfAbsent(((Number) ((Object[]) row)[14]).longValue(),
                            id -> new ArrayList<>()).add(row));
        }
        Map<Long, Arrangement> arrangements = new HashMap<>();
        rows.forEach((id, list) -> arrangements.put(id, arrangement(list)));
        return arrangements;
    }

    /** Blocks and placements of versions, in page order; one row per placement (or per empty block). */
    private Query select(String where, FrontKey key, Long version) {
        Query query = em.createNativeQuery("select b.position, b.kind, b.title, s.slug, b.size, sl.position,"
                + " sl.article_id, sl.headline, sl.lead, sl.photo_id, m.mime_type, m.alt_text, m.focal_x, m.focal_y,"
                + " v.id, v.number, m.width, v.published_at"
                + " from front_version v join front_block b on b.version_id = v.id"
                + " left join section s on s.id = b.section_id"
                + " left join front_slot sl on sl.version_id = b.version_id and sl.block_position = b.position"
                + " left join media_asset m on m.id = sl.photo_id"
                + " where " + where + " order by v.id, b.position, sl.position");
        if (key != null) {
            query.setParameter("slug", key.isHome() ? "" : key.sectionSlug());
        }
        if (version != null) {
            query.setParameter("version", version);
        }
        return query;
    }

    private static Arrangement arrangement(List<?> rows) {
        List<Block> blocks = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        Object[] current = null;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            if (current == null || ((Number) r[0]).intValue() != ((Number) current[0]).intValue()) {
                if (current != null) {
                    blocks.add(block(current, slots));
                }
                current = r;
                slots = new ArrayList<>();
            }
            if (r[6] != null) {
                slots.add(new Slot(((Number) r[6]).longValue(), (String) r[7], (String) r[8],
                        r[9] == null ? null : ((Number) r[9]).longValue()));
            }
        }
        if (current != null) {
            blocks.add(block(current, slots));
        }
        return blocks.isEmpty() ? new Arrangement(List.of(Block.top())) : new Arrangement(blocks);
    }

    private static Block block(Object[] r, List<Slot> slots) {
        return new Block(BlockKind.valueOf((String) r[1]), (String) r[2], (String) r[3], ((Number) r[4]).intValue(), slots);
    }

    private static String frontMatch(FrontKey key) {
        return key.isHome() ? "f.section_id is null and :slug = ''"
                : "f.section_id = (select id from section where slug = :slug)";
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
