package app.rapport.introductions;

import app.rapport.blocks.BlockService;
import app.rapport.blocks.MemberBlocked;
import app.rapport.common.Cursor;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import app.rapport.connections.ConnectionOrigin;
import app.rapport.connections.ConnectionService;
import app.rapport.connections.invitations.InvitationPolicy;
import app.rapport.connections.invitations.InvitationSettingsRepository;
import app.rapport.follows.FollowRepository;
import app.rapport.messages.ConversationService;
import app.rapport.network.NetworkRepository;
import app.rapport.network.NetworkRows;
import app.rapport.profiles.Member;
import app.rapport.profiles.MemberRepository;
import app.rapport.profiles.ProfileSummary;
import app.rapport.relationships.RelationshipService;
import app.rapport.relationships.strength.RelationshipSignals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Introductions, double opt-in: the requester asks a mutual connection (the broker), who
 * forwards with a note or declines; the target accepts (connected at once, or following when
 * they take no requests, and a conversation opens with the broker's note) or declines. Every transition locks the row and re-checks its state,
 * so concurrent answers leave one outcome; accepting first locks the requester's and target's
 * counter rows like every connection does ({@link NetworkRepository#lockPair}).
 */
@ApplicationScoped
public class IntroductionService {

    /** The most mutual connections ranked for one target. */
    static final int CANDIDATE_CAP = 2000;

    private final IntroductionRepository introductions;
    private final IntroductionsConfig config;
    private final MemberRepository members;
    private final NetworkRepository network;
    private final ConnectionService connections;
    private final FollowRepository follows;
    private final InvitationSettingsRepository settings;
    private final BlockService blocks;
    private final RelationshipService relationships;
    private final ConversationService conversations;
    private final Event<IntroductionChanged> changed;

    public IntroductionService(IntroductionRepository introductions, IntroductionsConfig config, MemberRepository members,
                               NetworkRepository network, ConnectionService connections, FollowRepository follows,
                               InvitationSettingsRepository settings, BlockService blocks,
                               RelationshipService relationships, ConversationService conversations,
                               Event<IntroductionChanged> changed) {
        this.introductions = introductions;
        this.config = config;
        this.members = members;
        this.network = network;
        this.connections = connections;
        this.follows = follows;
        this.settings = settings;
        this.blocks = blocks;
        this.relationships = relationships;
        this.conversations = conversations;
        this.changed = changed;
    }

    /** The likeliest introducers to the member with this handle, and whether I may ask now. */
    @Transactional
    public IntroducerList introducers(long me, String handle, int limit) {
        Member target = members.findByHandle(handle).filter(m -> !blocks.blockedEitherWay(me, m.id))
                .orElseThrow(() -> ProblemException.notFound("No member has the handle '" + handle + "'."));
        ProfileSummary summary = ProfileSummary.from(target);
        InvitationPolicy policy = settings.forMember(target.id).invitationPolicy;
        boolean followOnly = policy == InvitationPolicy.FOLLOW_ONLY;
        if (target.id == me) {
            return new IntroducerList(summary, policy, followOnly, false, "SELF", null, List.of());
        }
        if (network.connected(me, target.id)) {
            return new IntroducerList(summary, policy, followOnly, false, "ALREADY_CONNECTED", null, List.of());
        }
        Long pending = introductions.findOpen(me, target.id).map(i -> i.id).orElse(null);
        List<IntroducerResponse> ranked = rank(me, target);
        String unavailable = pending != null ? "INTRODUCTION_PENDING"
                : ranked.isEmpty() ? "NOT_SECOND_DEGREE"
                : followOnly && follows.follows(me, target.id) ? "ALREADY_FOLLOWING" : null;
        return new IntroducerList(summary, policy, followOnly, unavailable == null, unavailable, pending,
                ranked.subList(0, Math.min(limit, ranked.size())));
    }

    private List<IntroducerResponse> rank(long me, Member target) {
        List<Object[]> rows = introductions.candidates(me, target.id, CANDIDATE_CAP);
        Map<Long, RelationshipSignals> mine = relationships.signals(me,
                rows.stream().map(r -> ((Number) r[0]).longValue()).toList());
        Instant now = Instant.now();
        List<IntroducerResponse> ranked = new ArrayList<>();
        for (Object[] r : rows) {
            ProfileSummary broker = ProfileSummary.fromRow(r, 0);
            var bt = new IntroducerRanking.BrokerTarget(NetworkRows.instant(r[7]), ((Number) r[8]).intValue(),
                    (String) r[9], date(r[10]), date(r[11]));
            ranked.add(IntroducerRanking.rank(broker, mine.getOrDefault(broker.id(), RelationshipSignals.none()), bt,
                    target.displayName, now));
        }
        ranked.sort(Comparator.comparingInt(IntroducerResponse::likelihood).reversed()
                .thenComparing(x -> x.broker().id()));
        return ranked;
    }

    /** Asks the broker; a retry of the same pending request answers it unchanged ({@code created} false). */
    @Transactional
    public Requested request(long me, RequestIntroductionRequest request) {
        long brokerId = request.brokerId();
        long targetId = request.targetId();
        if (brokerId == me || targetId == me || brokerId == targetId) {
            throw ProblemException.refused("CANNOT_INTRODUCE_SELF",
                    "An introduction needs three different members: you, a mutual connection, and the person you want to meet.");
        }
        Member target = member(targetId);
        Member broker = member(brokerId);
        blocks.guard(me, targetId);
        blocks.guard(me, brokerId);
        String message = request.message().strip();
        network.lockPair(me, targetId);

        if (network.connected(me, targetId)) {
            throw ProblemException.conflict("ALREADY_CONNECTED", "You are already connected with " + target.displayName + ".");
        }
        var open = introductions.findOpen(me, targetId);
        if (open.isPresent()) {
            Introduction i = open.get();
            if (i.brokerId == brokerId && i.message.equals(message)) {
                return new Requested(view(i, me), false);
            }
            throw ProblemException.conflict("INTRODUCTION_PENDING", "You already asked for an introduction to "
                    + target.displayName + " that is waiting for an answer; withdraw it first to ask again.");
        }
        if (!network.connected(me, brokerId) || !network.connected(brokerId, targetId)) {
            throw ProblemException.refused("NOT_A_MUTUAL_CONNECTION", broker.displayName + " is not connected with both you and "
                    + target.displayName + ", so they cannot introduce you. Ask one of your mutual connections.");
        }
        boolean followOnly = settings.forMember(targetId).invitationPolicy == InvitationPolicy.FOLLOW_ONLY;
        if (followOnly && follows.follows(me, targetId)) {
            throw ProblemException.conflict("ALREADY_FOLLOWING", target.displayName
                    + " takes no connection requests, and you already follow them: an introduction would change nothing.");
        }
        Instant now = now();
        if (introductions.countRequestedSince(me, now.minus(Duration.ofDays(7))) >= config.weeklyLimit()) {
            throw ProblemException.limited("WEEKLY_INTRODUCTION_LIMIT", "You have asked for " + config.weeklyLimit()
                    + " introductions in the last 7 days, the weekly limit. Introductions are favours: try again later.");
        }
        if (introductions.countOpen(me) >= config.pendingLimit()) {
            throw ProblemException.limited("PENDING_INTRODUCTION_LIMIT", "You have " + config.pendingLimit()
                    + " introduction requests waiting for an answer, the most allowed. Withdraw some before asking again.");
        }
        Introduction i = new Introduction();
        i.requesterId = me;
        i.brokerId = brokerId;
        i.targetId = targetId;
        i.message = message;
        i.followOnly = followOnly;
        i.state = IntroductionState.REQUESTED;
        i.createdAt = now;
        introductions.persist(i);
        fire(i, me);
        return new Requested(view(i, me), true);
    }

    /** The result of {@link #request}: the introduction, and whether this call created it. */
    public record Requested(IntroductionResponse introduction, boolean created) {
    }

    @Transactional
    public IntroductionResponse get(long me, long id) {
        return view(find(id, me), me);
    }

    @Transactional
    public Page<IntroductionResponse> list(long me, IntroductionRole role, boolean pending, PageRequest page) {
        Instant beforeAt = Instant.parse("9999-12-31T00:00:00Z");
        long beforeId = Long.MAX_VALUE;
        if (page.cursor() != null) {
            List<String> parts = Cursor.decode(page.cursor(), 2);
            beforeAt = Cursor.decodeInstant(parts.get(0));
            beforeId = Cursor.decodeLong(parts.get(1));
        }
        Page<Introduction> cut = Page.fromOverfetch(introductions.page(me, role, pending, beforeAt, beforeId, page.limit() + 1),
                page.limit(), i -> Cursor.encode(i.createdAt, i.id));
        return new Page<>(views(cut.items(), me), cut.nextCursor());
    }

    @Transactional
    public IntroductionResponse forward(long me, long id, ForwardIntroductionRequest request) {
        Introduction i = find(id, me);
        if (i.brokerId != me) {
            throw notFound(id);
        }
        introductions.lock(i);
        if (i.state != IntroductionState.REQUESTED) {
            throw alreadyDecided(i);
        }
        if (network.connected(i.requesterId, i.targetId)) {
            throw ProblemException.conflict("ALREADY_CONNECTED", "They are already connected with each other.");
        }
        i.brokerNote = request.note().strip();
        i.messageShared = Boolean.TRUE.equals(request.includeMessage());
        i.forwardedAt = now();
        i.state = IntroductionState.FORWARDED;
        fire(i, me);
        return view(i, me);
    }

    @Transactional
    public IntroductionResponse decline(long me, long id) {
        Introduction i = find(id, me);
        IntroductionRole role = i.roleOf(me);
        if (role == IntroductionRole.REQUESTER) {
            throw ProblemException.conflict("REQUESTER_CANNOT_DECLINE",
                    "You asked for this introduction; withdraw it instead of declining.");
        }
        introductions.lock(i);
        if (role == IntroductionRole.BROKER && i.state == IntroductionState.REQUESTED) {
            i.decide(IntroductionState.DECLINED_BY_BROKER, now());
        } else if (role == IntroductionRole.TARGET && i.state == IntroductionState.FORWARDED) {
            i.decide(IntroductionState.DECLINED_BY_TARGET, now());
        } else {
            throw alreadyDecided(i);
        }
        fire(i, me);
        return view(i, me);
    }

    @Transactional
    public IntroductionResponse accept(long me, long id) {
        Introduction i = find(id, me);
        if (i.targetId != me) {
            throw notFound(id);
        }
        Map<Long, Integer> counts = network.lockPair(i.requesterId, i.targetId);
        introductions.lock(i);
        if (i.state != IntroductionState.FORWARDED) {
            throw alreadyDecided(i);
        }
        // The target's policy now decides: a member who takes no requests can only be followed.
        boolean followOnly = settings.forMember(me).invitationPolicy == InvitationPolicy.FOLLOW_ONLY;
        if (followOnly) {
            follows.follow(i.requesterId, me);
        } else {
            connections.connectLocked(me, i.requesterId, counts, ConnectionOrigin.introduction(i.requesterId, i.brokerId));
        }
        // state and result change together: the statements below flush the row
        i.followOnly = followOnly;
        i.result = followOnly ? IntroductionResult.FOLLOWING : IntroductionResult.CONNECTED;
        i.decide(IntroductionState.ACCEPTED, now());
        i.conversationId = conversations.openForIntroduction(i.brokerId, i.requesterId, i.targetId, i.brokerNote);
        fire(i, me);
        return view(i, me);
    }

    @Transactional
    public IntroductionResponse withdraw(long me, long id) {
        Introduction i = find(id, me);
        if (i.requesterId != me) {
            throw notFound(id);
        }
        introductions.lock(i);
        if (!i.state.open()) {
            throw alreadyDecided(i);
        }
        i.decide(IntroductionState.WITHDRAWN, now());
        fire(i, me);
        return view(i, me);
    }

    /** The latest introductions between me and another member, as I may see each (for the contact panel). */
    @Transactional
    public List<IntroductionResponse> between(long me, long other, int limit) {
        return views(introductions.between(me, other, limit), me);
    }

    /** A block between two members ends every open introduction that involves both. */
    void onBlock(@Observes MemberBlocked e) {
        Instant now = now();
        for (Introduction i : introductions.openBetween(e.blockerId(), e.blockedId())) {
            introductions.lock(i);
            if (i.state.open()) {
                i.decide(IntroductionState.CANCELLED, now);
                fire(i, e.blockerId());
            }
        }
    }

    private Introduction find(long id, long me) {
        return introductions.findForParty(id, me).orElseThrow(() -> notFound(id));
    }

    private void fire(Introduction i, long actor) {
        Instant at = i.decidedAt != null ? i.decidedAt : i.forwardedAt != null ? i.forwardedAt : i.createdAt;
        changed.fire(new IntroductionChanged(i.id, i.requesterId, i.brokerId, i.targetId, i.state, actor, i.message,
                i.messageShared, i.brokerNote, at));
    }

    private IntroductionResponse view(Introduction i, long me) {
        return views(List.of(i), me).get(0);
    }

    private List<IntroductionResponse> views(List<Introduction> list, long me) {
        Set<Long> ids = new HashSet<>();
        list.forEach(i -> {
            ids.add(i.requesterId);
            ids.add(i.brokerId);
            ids.add(i.targetId);
        });
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ProfileSummary> people = members.summaryRows(ids).stream().map(r -> ProfileSummary.fromRow(r, 0))
                .collect(Collectors.toMap(ProfileSummary::id, Function.identity()));
        return list.stream().map(i -> IntroductionViews.as(i, i.roleOf(me), people.get(i.requesterId),
                people.get(i.brokerId), people.get(i.targetId))).toList();
    }

    private Member member(long id) {
        return members.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No member has the id " + id + "."));
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    private static ProblemException alreadyDecided(Introduction i) {
        return ProblemException.conflict("INTRODUCTION_ALREADY_DECIDED",
                "This introduction is no longer waiting for you (it is " + IntroductionStatus.of(i.state).name().toLowerCase() + ").");
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("You have no introduction with id " + id + ".");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
