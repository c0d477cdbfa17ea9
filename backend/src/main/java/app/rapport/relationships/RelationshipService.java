package app.rapport.relationships;

import app.rapport.common.Cursor;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import app.rapport.connections.ConnectionRepository;
import app.rapport.follows.FollowRepository;
import app.rapport.network.NetworkRepository;
import app.rapport.network.NetworkRows;
import app.rapport.profiles.MemberRepository;
import app.rapport.profiles.ProfileSummary;
import app.rapport.relationships.strength.RelationshipSignals;
import app.rapport.relationships.strength.RelationshipStrength;
import app.rapport.relationships.strength.StrengthCalculator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The relationship review: my connections with how we met, the last interaction, my tags and
 * the strength of each relationship; the summary line; quietly turning connections into
 * followers or removing them in bulk. Also what other features read of a relationship
 * (introductions rank brokers by it, the contact panel shows it). Only the owner's own signals
 * are ever read: their row of relationship_activity, their tags, the request between the two.
 */
@ApplicationScoped
public class RelationshipService {

    /** The summary counts connections without interaction for this many years. */
    public static final int INACTIVITY_YEARS = 2;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final RelationshipRepository relationships;
    private final ConnectionRepository connections;
    private final FollowRepository follows;
    private final MemberRepository members;
    private final NetworkRepository network;

    public RelationshipService(RelationshipRepository relationships, ConnectionRepository connections,
                               FollowRepository follows, MemberRepository members, NetworkRepository network) {
        this.network = network;
        this.relationships = relationships;
        this.connections = connections;
        this.follows = follows;
        this.members = members;
    }

    @Transactional
    public Page<RelationshipResponse> list(long me, RelationshipSort sort, Long tagId, KeptFilter kept, PageRequest page) {
        if (tagId != null && !relationships.ownsTag(me, tagId)) {
            throw ProblemException.notFound("You have no tag with id " + tagId + ".");
        }
        if (sort == RelationshipSort.STRENGTH) {
            return byStrength(me, tagId, kept, page);
        }
        String tag = sort == RelationshipSort.CONNECTED_SINCE ? "C" : "L";
        String afterKey = null;
        Long afterId = null;
        if (page.cursor() != null) {
            List<String> parts = Cursor.decode(page.cursor(), 3);
            if (!parts.get(0).equals(tag)) {
                throw ProblemException.invalidField("cursor", "was made for another sort order");
            }
            afterKey = parts.get(1).equals("-infinity") ? "-infinity" : Cursor.decodeInstant(parts.get(1)).toString();
            afterId = Cursor.decodeLong(parts.get(2));
        }
        List<Object[]> rows = relationships.page(me, sort, tagId, kept, afterKey, afterId, page.limit() + 1);
        Page<Object[]> cut = Page.fromOverfetch(rows, page.limit(), r -> Cursor.encode(tag, keyText(r[23]), ((Number) r[0]).longValue()));
        return new Page<>(render(me, cut.items()), cut.nextCursor());
    }

    /**
     * Strongest first. Strength moves with time, so it cannot be indexed: every connection's
     * signals are read (one index range, a few columns) and scored here, then cut at the keyset
     * (score desc, id). Costs O(connections) per page, unlike the two indexed orders.
     */
    private Page<RelationshipResponse> byStrength(long me, Long tagId, KeptFilter kept, PageRequest page) {
        Integer afterScore = null;
        Long afterId = null;
        if (page.cursor() != null) {
            List<String> parts = Cursor.decode(page.cursor(), 3);
            if (!parts.get(0).equals("S")) {
                throw ProblemException.invalidField("cursor", "was made for another sort order");
            }
            afterScore = (int) Cursor.decodeLong(parts.get(1));
            afterId = Cursor.decodeLong(parts.get(2));
        }
        Instant now = Instant.now();
        record Scored(long id, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Object[] r : relationships.allSignals(me, tagId, kept)) {
            RelationshipSignals s = RelationshipRepository.signals(r, 1);
            scored.add(new Scored(((Number) r[0]).longValue(), StrengthCalculator.strength(s, "", now).score()));
        }
        scored.sort(Comparator.comparingInt(Scored::score).reversed().thenComparingLong(Scored::id));
        Integer fs = afterScore;
        Long fi = afterId;
        List<Scored> rest = fs == null ? scored : scored.stream()
                .filter(x -> x.score() < fs || (x.score() == fs && x.id() > fi)).toList();
        Page<Scored> cut = Page.fromOverfetch(rest.subList(0, Math.min(rest.size(), page.limit() + 1)), page.limit(),
                x -> Cursor.encode("S", x.score(), x.id()));
        List<Long> ids = cut.items().stream().map(Scored::id).toList();
        Map<Long, Object[]> rows = relationships.rowsFor(me, ids).stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> r));
        return new Page<>(render(me, ids.stream().map(rows::get).filter(java.util.Objects::nonNull).toList()), cut.nextCursor());
    }

    @Transactional
    public RelationshipSummary summary(long me) {
        Object[] row = relationships.summary(me, Instant.now().minus(StrengthCalculator.DORMANT));
        long total = row[0] == null ? 0 : ((Number) row[0]).longValue();
        long dormant = ((Number) row[1]).longValue();
        long kept = ((Number) row[2]).longValue();
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        String text = n.format(total) + (total == 1 ? " connection" : " connections") + " · " + n.format(dormant)
                + " without any interaction in " + INACTIVITY_YEARS + " years"
                + (kept == 0 ? "" : " · " + n.format(kept) + " kept");
        return new RelationshipSummary(total, dormant, INACTIVITY_YEARS, kept, text);
    }

    /**
     * Ends each connection quietly: they keep following me if they did, I keep following them
     * only when asked to. No notification. Members I am not connected with are left as they are.
     */
    @Transactional
    public RelationshipBulkResult makeFollowers(long me, List<Long> memberIds, boolean keepFollowing) {
        return bulk(me, memberIds, (other) -> {
            boolean theyFollow = follows.follows(other, me);
            boolean iFollow = follows.follows(me, other);
            connections.disconnect(me, other);
            if (theyFollow) {
                follows.follow(other, me);
            }
            if (keepFollowing && iFollow) {
                follows.follow(me, other);
            }
        });
    }

    /**
     * Records that I keep each of these connections, dated today: the review then hides them
     * unless asked to show them. Members I am not connected with, and connections already
     * kept, are left as they are. Nobody is told.
     */
    @Transactional
    public RelationshipBulkResult keep(long me, List<Long> memberIds) {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(memberIds));
        return split(ids, relationships.keep(me, ids, Instant.now()));
    }

    /** Takes back my keep on each of these connections: they are reviewed again. */
    @Transactional
    public RelationshipBulkResult unkeep(long me, List<Long> memberIds) {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(memberIds));
        return split(ids, relationships.unkeep(me, ids));
    }

    private static RelationshipBulkResult split(List<Long> ids, List<Long> changed) {
        java.util.Set<Long> done = new java.util.HashSet<>(changed);
        return new RelationshipBulkResult(ids.stream().filter(done::contains).toList(),
                ids.stream().filter(id -> !done.contains(id)).toList());
    }

    /** Removes each connection quietly; both stop following each other. */
    @Transactional
    public RelationshipBulkResult remove(long me, List<Long> memberIds) {
        return bulk(me, memberIds, other -> connections.disconnect(me, other));
    }

    private RelationshipBulkResult bulk(long me, List<Long> memberIds, java.util.function.LongConsumer end) {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(memberIds));
        List<Long> lock = new ArrayList<>(ids);
        lock.add(me);
        relationships.lockAll(lock);
        List<Long> changed = new ArrayList<>();
        List<Long> unchanged = new ArrayList<>();
        for (long other : ids) {
            if (other != me && network.connected(me, other)) {
                end.accept(other);
                changed.add(other);
            } else {
                unchanged.add(other);
            }
        }
        return new RelationshipBulkResult(changed, unchanged);
    }


    /** What {@code me} can see of their relationships with {@code others} (absent: nothing recorded). */
    @Transactional
    public Map<Long, RelationshipSignals> signals(long me, java.util.Collection<Long> others) {
        Map<Long, RelationshipSignals> map = new HashMap<>();
        for (Object[] r : relationships.rowsFor(me, others)) {
            map.put(((Number) r[0]).longValue(), RelationshipRepository.signals(r, 7));
        }
        return map;
    }

    /** My view of one relationship (connected or not), for the contact panel; empty when nothing is recorded. */
    @Transactional
    public Optional<RelationshipResponse> view(long me, long other) {
        List<Object[]> rows = relationships.rowsFor(me, List.of(other));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(render(me, rows).get(0));
    }

    /** My tags on a member, in name order. */
    @Transactional
    public List<ContactTag> tags(long me, long other) {
        return relationships.tagsOn(me, List.of(other)).stream()
                .map(r -> new ContactTag(((Number) r[1]).longValue(), (String) r[2])).toList();
    }

    public static RelationshipStrength strength(RelationshipSignals s, String otherName) {
        return StrengthCalculator.strength(s, otherName, Instant.now());
    }

    /** Rows in the layout of {@link RelationshipRepository#page} to responses, in order. */
    private List<RelationshipResponse> render(long me, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, List<ContactTag>> tags = new HashMap<>();
        for (Object[] t : relationships.tagsOn(me, ids)) {
            tags.computeIfAbsent(((Number) t[0]).longValue(), k -> new ArrayList<>())
                    .add(new ContactTag(((Number) t[1]).longValue(), (String) t[2]));
        }
        List<Long> introducers = rows.stream().filter(r -> r[22] != null).map(r -> ((Number) r[22]).longValue()).distinct().toList();
        Map<Long, ProfileSummary> brokers = introducers.isEmpty() ? Map.of() : members.summaryRows(introducers).stream()
                .map(r -> ProfileSummary.fromRow(r, 0)).collect(Collectors.toMap(ProfileSummary::id, p -> p));
        Instant now = Instant.now();
        List<RelationshipResponse> out = new ArrayList<>();
        for (Object[] r : rows) {
            ProfileSummary member = ProfileSummary.fromRow(r, 0);
            RelationshipSignals s = RelationshipRepository.signals(r, 7);
            ProfileSummary broker = r[22] == null ? null : brokers.get(((Number) r[22]).longValue());
            HowWeMet how = howWeMet(me, member, s, (String) r[20], r[21] == null ? null : ((Number) r[21]).longValue(), broker);
            LastInteraction last = s.lastInteractionAt() == null || s.lastKind() == null ? null
                    : new LastInteraction(InteractionKind.valueOf(s.lastKind()), s.lastInteractionAt());
            out.add(new RelationshipResponse(member, s.connectedAt(), how, last,
                    new InteractionCounts(s.fromMe(), s.toMe(), s.notes()), tags.getOrDefault(member.id(), List.of()),
                    StrengthCalculator.strength(s, member.displayName(), now), NetworkRows.instant(r[24])));
        }
        return out;
    }

    static HowWeMet howWeMet(long me, ProfileSummary other, RelationshipSignals s, String note, Long senderId,
                             ProfileSummary broker) {
        String name = other.displayName();
        if (s.metVia() == null) {
            return new HowWeMet(HowWeMetKind.UNKNOWN, null, null, s.connectedAt() == null ? "You are not connected."
                    : "Connected since " + DAY.format(s.connectedAt()) + "; Rapport has no record of how.");
        }
        return switch (s.metVia()) {
            case INVITED_BY_ME -> new HowWeMet(HowWeMetKind.INVITED_BY_ME, note, null,
                    "You sent " + name + " a connection request" + (note == null ? "" : " with a note") + ".");
            case INVITED_ME -> new HowWeMet(HowWeMetKind.INVITED_ME, note, null,
                    name + " sent you a connection request" + (note == null ? "" : " with a note") + ".");
            case MUTUAL_INVITATION -> new HowWeMet(HowWeMetKind.MUTUAL_INVITATION, note, null, "You invited each other.");
            case OPEN_NETWORKER -> new HowWeMet(HowWeMetKind.OPEN_NETWORKER, note, null, senderId != null && senderId == me
                    ? name + " accepts every request (open networker): yours was accepted at once."
                    : "You accept every request (open networker): " + name + "'s was accepted at once.");
            case INTRODUCED -> new HowWeMet(HowWeMetKind.INTRODUCED, null, broker,
                    broker == null ? "Introduced by a mutual connection." : "Introduced by " + broker.displayName() + ".");
        };
    }

    private static String keyText(Object key) {
        Instant at = NetworkRows.instant(key);
        return at == null ? "-infinity" : at.truncatedTo(ChronoUnit.MICROS).toString();
    }
}
