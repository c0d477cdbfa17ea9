package app.rapport.tags;

import app.rapport.common.Cursor;
import app.rapport.common.MemberCaps;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import app.rapport.profiles.MemberRepository;
import app.rapport.profiles.ProfileSummary;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Private tags and saved tag views. Every read and write is scoped to the owner in the query,
 * so another member's tag or view is simply "not found".
 */
@ApplicationScoped
public class TagService {

    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private final TagRepository tags;
    private final TagViewRepository views;
    private final MemberRepository members;
    private final TagsConfig config;
    private final MemberCaps caps;

    public TagService(TagRepository tags, TagViewRepository views, MemberRepository members, TagsConfig config,
                      MemberCaps caps) {
        this.tags = tags;
        this.views = views;
        this.members = members;
        this.config = config;
        this.caps = caps;
    }

    @Transactional
    public TagList list(long me, Long memberId) {
        return new TagList(tags.listWithCounts(me, memberId).stream()
                .map(r -> new TagResponse(((Number) r[0]).longValue(), (String) r[1], ((Number) r[3]).longValue(),
                        app.rapport.posts.Timestamps.toInstant(r[2])))
                .toList());
    }

    @Transactional
    public TagResponse create(long me, TagRequest request) {
        String name = request.name().strip();
        caps.check(me, config.maxPerMember(), () -> tags.countForOwner(me), () -> ProblemException.conflict(
                "TOO_MANY_TAGS", "You can have at most " + config.maxPerMember() + " tags; delete one first."));
        if (tags.nameTaken(me, name, null)) {
            throw nameTaken(name);
        }
        Tag t = new Tag();
        t.ownerId = me;
        t.name = name;
        t.createdAt = now();
        tags.persist(t);
        return new TagResponse(t.id, t.name, 0, t.createdAt);
    }

    @Transactional
    public TagResponse rename(long me, long tagId, TagRequest request) {
        Tag t = owned(me, tagId);
        String name = request.name().strip();
        if (tags.nameTaken(me, name, t.id)) {
            throw nameTaken(name);
        }
        t.name = name;
        return new TagResponse(t.id, t.name, tags.memberCount(t.id), t.createdAt);
    }

    @Transactional
    public void delete(long me, long tagId) {
        tags.delete(owned(me, tagId));
    }

    /** Puts contacts under a tag; all or nothing: any non-contact refuses the whole request. */
    @Transactional
    public TagResponse addMembers(long me, long tagId, List<Long> memberIds) {
        Tag t = owned(me, tagId);
        Set<Long> wanted = new LinkedHashSet<>(memberIds);
        Set<Long> contacts = tags.contactsAmong(me, wanted);
        List<Long> refused = wanted.stream().filter(id -> !contacts.contains(id)).toList();
        if (!refused.isEmpty()) {
            throw new ProblemException(422, "Refused", "NOT_A_CONTACT",
                    "You can only tag members you follow or are connected to; not: "
                    + refused.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "))
                    + (refused.size() > 10 ? " and " + (refused.size() - 10) + " more" : "") + ".",
                    List.of(new app.rapport.common.Problem.FieldError("memberIds",
                            "includes members you neither follow nor are connected to")));
        }
        tags.addMembers(t.id, me, wanted, now());
        return new TagResponse(t.id, t.name, tags.memberCount(t.id), t.createdAt);
    }

    @Transactional
    public TagResponse removeMembers(long me, long tagId, List<Long> memberIds) {
        Tag t = owned(me, tagId);
        tags.removeMembers(t.id, new HashSet<>(memberIds));
        return new TagResponse(t.id, t.name, tags.memberCount(t.id), t.createdAt);
    }

    @Transactional
    public Page<ProfileSummary> members(long me, long tagId, PageRequest page) {
        Tag t = owned(me, tagId);
        Instant beforeTs = END_OF_TIME;
        long beforeId = Long.MAX_VALUE;
        if (page.cursor() != null) {
            List<String> parts = Cursor.decode(page.cursor(), 2);
            beforeTs = Cursor.decodeInstant(parts.get(0));
            beforeId = Cursor.decodeLong(parts.get(1));
        }
        List<Object[]> rows = tags.membersPage(t.id, me, beforeTs, beforeId, page.limit() + 1);
        Page<Object[]> cut = Page.fromOverfetch(rows, page.limit(),
                r -> Cursor.encode(app.rapport.posts.Timestamps.toInstant(r[1]), ((Number) r[0]).longValue()));
        List<Long> ids = cut.items().stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, ProfileSummary> byId = ids.isEmpty() ? Map.of()
                : members.list("id in ?1", ids).stream().collect(Collectors.toMap(m -> m.id, ProfileSummary::from));
        return new Page<>(ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList(), cut.nextCursor());
    }

    @Transactional
    public TagViewList listViews(long me) {
        return new TagViewList(views.listForOwner(me).stream().map(this::toResponse).toList());
    }

    @Transactional
    public TagViewResponse getView(long me, long viewId) {
        return toResponse(ownedView(me, viewId));
    }

    @Transactional
    public TagViewResponse createView(long me, TagViewRequest request) {
        caps.check(me, config.maxViewsPerMember(), () -> views.countForOwner(me), () -> ProblemException.conflict(
                "TOO_MANY_TAG_VIEWS",
                "You can have at most " + config.maxViewsPerMember() + " saved tag views; delete one first."));
        String name = request.name().strip();
        if (views.nameTaken(me, name, null)) {
            throw ProblemException.conflict("TAG_VIEW_NAME_TAKEN", "You already have a view named '" + name + "'.");
        }
        TagView v = new TagView();
        v.ownerId = me;
        v.createdAt = now();
        apply(me, v, request);
        views.persist(v);
        views.flush();
        views.replaceTags(v.id, request.tagIds().stream().distinct().toList(), excluded(request));
        return toResponse(v);
    }

    @Transactional
    public TagViewResponse updateView(long me, long viewId, TagViewRequest request) {
        TagView v = ownedView(me, viewId);
        if (views.nameTaken(me, request.name().strip(), v.id)) {
            throw ProblemException.conflict("TAG_VIEW_NAME_TAKEN", "You already have a view named '" + request.name().strip() + "'.");
        }
        apply(me, v, request);
        views.replaceTags(v.id, request.tagIds().stream().distinct().toList(), excluded(request));
        return toResponse(v);
    }

    @Transactional
    public void deleteView(long me, long viewId) {
        views.delete(ownedView(me, viewId));
    }

    /**
     * Checks a feed's tag selection: explicit tags (each must be yours, or 404) or a saved view of
     * yours. The result only names tags of the caller. Explicit tags are checked with one
     * statement and no transaction (the feed that follows needs none); a view is read in one.
     */
    public TagSelection resolve(long me, List<Long> tagIds, TagView.Mode mode, List<Long> excludedTagIds, Long viewId) {
        if (viewId != null) {
            if (tagIds != null && !tagIds.isEmpty()) {
                throw ProblemException.invalidField("tagId", "give either tagId or viewId, not both");
            }
            TagViewResponse v = QuarkusTransaction.joiningExisting().call(() -> toResponse(ownedView(me, viewId)));
            return new TagSelection(v.mode(), v.tagIds(), v.excludedTagIds());
        }
        if (tagIds == null || tagIds.isEmpty()) {
            throw ProblemException.invalidField("tagId", "name at least one tag (or a saved view with viewId)");
        }
        if (tagIds.size() > 20 || (excludedTagIds != null && excludedTagIds.size() > 20)) {
            throw ProblemException.invalidField("tagId", "at most 20 tags and 20 excluded tags");
        }
        List<Long> inc = tagIds.stream().distinct().toList();
        List<Long> exc = excludedTagIds == null ? List.of() : excludedTagIds.stream().distinct().toList();
        Set<Long> all = new HashSet<>(inc);
        all.addAll(exc);
        Set<Long> mine = tags.ownedIds(all, me);
        for (Long id : all) {
            if (!mine.contains(id)) {
                throw ProblemException.notFound("You have no tag with id " + id + ".");
            }
        }
        return new TagSelection(mode == null ? TagView.Mode.ANY : mode, inc, exc);
    }

    private void apply(long me, TagView v, TagViewRequest request) {
        v.name = request.name().strip();
        v.mode = request.mode() == null ? TagView.Mode.ANY : request.mode();
        Set<Long> all = new HashSet<>(request.tagIds());
        all.addAll(excluded(request));
        Set<Long> mine = tags.ownedIds(all, me);
        for (Long id : request.tagIds()) {
            if (!mine.contains(id)) {
                throw ProblemException.invalidField("tagIds", "you have no tag with id " + id);
            }
        }
        for (Long id : excluded(request)) {
            if (!mine.contains(id)) {
                throw ProblemException.invalidField("excludedTagIds", "you have no tag with id " + id);
            }
            if (request.tagIds().contains(id)) {
                throw ProblemException.invalidField("excludedTagIds", "tag " + id + " is both selected and excluded");
            }
        }
    }

    private static List<Long> excluded(TagViewRequest request) {
        return request.excludedTagIds() == null ? List.of() : request.excludedTagIds().stream().distinct().toList();
    }

    private TagViewResponse toResponse(TagView v) {
        List<Long> inc = new ArrayList<>();
        List<Long> exc = new ArrayList<>();
        for (Object[] r : views.tagsOf(v.id)) {
            (Boolean.TRUE.equals(r[1]) ? exc : inc).add(((Number) r[0]).longValue());
        }
        return new TagViewResponse(v.id, v.name, v.mode, inc, exc, v.createdAt);
    }

    private Tag owned(long me, long tagId) {
        return tags.findByIdAndOwner(tagId, me)
                .orElseThrow(() -> ProblemException.notFound("You have no tag with id " + tagId + "."));
    }

    private TagView ownedView(long me, long viewId) {
        return views.findByIdAndOwner(viewId, me)
                .orElseThrow(() -> ProblemException.notFound("You have no saved tag view with id " + viewId + "."));
    }

    private static ProblemException nameTaken(String name) {
        return ProblemException.conflict("TAG_NAME_TAKEN", "You already have a tag named '" + name + "' (names ignore case).");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
