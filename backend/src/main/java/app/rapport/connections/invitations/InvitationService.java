package app.rapport.connections.invitations;

import app.rapport.common.Cursor;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import app.rapport.connections.ConnectionOrigin;
import app.rapport.connections.ConnectionService;
import app.rapport.connections.ConnectionsConfig;
import app.rapport.connections.scoring.NoteContext;
import app.rapport.connections.scoring.NoteScore;
import app.rapport.connections.scoring.NoteScorer;
import app.rapport.connections.scoring.NoteVerdict;
import app.rapport.connections.scoring.ScoreReason;
import app.rapport.follows.FollowRepository;
import app.rapport.network.NetworkRepository;
import app.rapport.profiles.Member;
import app.rapport.profiles.MemberRepository;
import app.rapport.profiles.Position;
import app.rapport.profiles.PositionRepository;
import app.rapport.profiles.ProfileSummary;
import app.rapport.privacy.BlockRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Connection requests: send (with the recipient's policy, the sender's limits and the note
 * score), accept, make follower, withdraw, and the received and sent lists. Every state change
 * first locks the two members' counter rows (see {@link NetworkRepository#lockPair}), then
 * re-reads the request under a row lock, so two decisions on one request leave one outcome.
 */
@ApplicationScoped
public class InvitationService {

    /** How far back the scorer looks for the same note pasted to other people. */
    static final Duration RECENT_NOTES_WINDOW = Duration.ofDays(30);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu").withZone(ZoneOffset.UTC);

    private final InvitationRepository invitations;
    private final InvitationSettingsRepository settings;
    private final ConnectionService connections;
    private final FollowRepository follows;
    private final NetworkRepository network;
    private final MemberRepository members;
    private final PositionRepository positions;
    private final NoteScorer scorer;
    private final ConnectionsConfig config;
    private final BlockRule blocks;
    private final Event<InvitationSent> sentEvents;
    private final Event<InvitationDecided> decidedEvents;

    public InvitationService(InvitationRepository invitations, InvitationSettingsRepository settings,
                             ConnectionService connections, FollowRepository follows, NetworkRepository network,
                             MemberRepository members, PositionRepository positions, NoteScorer scorer,
                             ConnectionsConfig config, BlockRule blocks, Event<InvitationSent> sentEvents,
                             Event<InvitationDecided> decidedEvents) {
        this.invitations = invitations;
        this.settings = settings;
        this.connections = connections;
        this.follows = follows;
        this.network = network;
        this.members = members;
        this.positions = positions;
        this.scorer = scorer;
        this.config = config;
        this.blocks = blocks;
        this.sentEvents = sentEvents;
        this.decidedEvents = decidedEvents;
    }

    @Transactional
    public SentInvitationResponse send(long me, SendInvitationRequest request) {
        long to = request.recipientId();
        if (to == me) {
            throw ProblemException.refused("CANNOT_INVITE_SELF", "You cannot send a connection request to yourself.");
        }
        blocks.guard(me, to);
        Member recipient = members.findById(to);
        String note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        Map<Long, Integer> counts = network.lockPair(me, to);
        Instant now = now();

        if (network.connected(me, to)) {
            throw ProblemException.conflict("ALREADY_CONNECTED", "You are already connected with "
                    + recipient.displayName + ".");
        }
        var pending = invitations.findPendingBetween(me, to);
        if (pending.isPresent() && pending.get().senderId == me) {
            throw ProblemException.conflict("ALREADY_INVITED", "You already sent " + recipient.displayName
                    + " a request that is waiting for an answer; withdraw it first to send a new one.");
        }
        if (pending.isPresent()) {
            // They invited me first: inviting back is accepting.
            connections.connectLocked(me, to, counts,
                    ConnectionOrigin.mutualInvitation(pending.get().id, pending.get().senderId));
            pending.get().decide(InvitationState.ACCEPTED, now);
            decided(pending.get(), null);
            return toSent(sent(persist(me, recipient, note, InvitationState.ACCEPTED, now)), recipient);
        }

        InvitationSettings policy = settings.forMember(to);
        if (policy.invitationPolicy == InvitationPolicy.FOLLOW_ONLY) {
            throw ProblemException.refused("FOLLOW_ONLY", recipient.displayName
                    + " does not take connection requests. Follow them instead: following needs no approval "
                    + "and shows you their posts.");
        }
        if (policy.invitationPolicy == InvitationPolicy.NOTE_REQUIRED && note == null) {
            throw new ProblemException(422, "Refused", "NOTE_REQUIRED", recipient.displayName
                    + " only accepts connection requests with a personal note. Add a note saying how you know "
                    + "them, or follow them instead: following needs no approval.",
                    List.of(new app.rapport.common.Problem.FieldError("note", "is required by the recipient")));
        }
        var lastRefused = invitations.lastRefusedSince(me, to, now.minus(config.coolDown()));
        if (lastRefused.isPresent()) {
            throw ProblemException.conflict("INVITATION_COOL_DOWN", "You invited " + recipient.displayName
                    + " recently. You can send a new request after "
                    + DAY.format(lastRefused.get().plus(config.coolDown())) + "; meanwhile you can follow them.");
        }
        if (invitations.countSentSince(me, now.minus(Duration.ofDays(7))) >= config.weeklyLimit()) {
            throw ProblemException.limited("WEEKLY_INVITATION_LIMIT", "You have sent " + config.weeklyLimit()
                    + " connection requests in the last 7 days, the weekly limit. Try again later, or follow people "
                    + "in the meantime.");
        }
        if (invitations.countPendingSent(me) >= config.pendingLimit()) {
            throw ProblemException.limited("PENDING_INVITATION_LIMIT", "You have " + config.pendingLimit()
                    + " requests waiting for an answer, the most allowed. Withdraw some before sending more.");
        }

        InvitationState outcome = InvitationState.PENDING;
        Invitation invitation = persist(me, recipient, note, outcome, now);
        if (policy.invitationPolicy == InvitationPolicy.OPEN) {
            connections.connectLocked(me, to, counts, ConnectionOrigin.openNetworker(invitation.id, me));
            invitation.decide(InvitationState.ACCEPTED, now);
        } else if (policy.autoFollowGeneric && NoteVerdict.GENERIC.name().equals(invitation.verdict)) {
            follows.follow(me, to);
            invitation.decide(InvitationState.MADE_FOLLOWER, now);
        }
        return toSent(sent(invitation), recipient);
    }

    @Transactional
    public NoteScoreResponse preview(long me, PreviewInvitationRequest request) {
        blocks.guard(me, request.recipientId());
        Member recipient = members.findById(request.recipientId());
        NoteScore score = score(me, recipient, request.note());
        InvitationSettings settings = this.settings.forMember(recipient.id);
        InvitationPolicy policy = settings.invitationPolicy;
        boolean asksPersonal = policy == InvitationPolicy.NOTE_REQUIRED || settings.autoFollowGeneric;
        String nudge = null;
        if (score.verdict() == NoteVerdict.GENERIC && request.note() != null && !request.note().isBlank()
                && policy != InvitationPolicy.OPEN && policy != InvitationPolicy.FOLLOW_ONLY && asksPersonal) {
            String first = firstName(recipient.displayName);
            nudge = first + " asks for a personal note. This one reads as generic, so " + first
                    + " will probably make you a follower rather than connect. Say how you know them or why they "
                    + "matter to you.";
        }
        return new NoteScoreResponse(score.score(), score.verdict(), reasons(score), policy,
                policy == InvitationPolicy.NOTE_REQUIRED, nudge, canInviteAgainAt(me, recipient.id).orElse(null),
                NoteScoreResponse.NOTE_MAX_LENGTH);
    }

    /** While a withdrawn (or made-follower) request's cool-down runs: when a new request becomes possible. */
    @Transactional
    public Optional<Instant> canInviteAgainAt(long me, long recipientId) {
        return invitations.lastRefusedSince(me, recipientId, now().minus(config.coolDown()))
                .map(at -> at.plus(config.coolDown()));
    }

    /** Accepts; a non-blank {@code reply} is sent to the new connection in the same transaction. */
    @Transactional
    public ReceivedInvitationResponse accept(long me, long invitationId, String reply) {
        Invitation invitation = invitations.findByIdAndRecipient(invitationId, me).orElseThrow(() -> notFound(invitationId));
        Map<Long, Integer> counts = network.lockPair(invitation.senderId, me);
        invitations.lock(invitation);
        requirePending(invitation);
        connections.connectLocked(me, invitation.senderId, counts,
                ConnectionOrigin.invitation(invitation.id, invitation.senderId));
        invitation.decide(InvitationState.ACCEPTED, now());
        decided(invitation, reply == null || reply.isBlank() ? null : reply.strip());
        return toReceived(invitation, members.findById(invitation.senderId));
    }

    @Transactional
    public ReceivedInvitationResponse makeFollower(long me, long invitationId) {
        Invitation invitation = invitations.findByIdAndRecipient(invitationId, me).orElseThrow(() -> notFound(invitationId));
        network.lockPair(invitation.senderId, me);
        invitations.lock(invitation);
        requirePending(invitation);
        follows.follow(invitation.senderId, me);
        invitation.decide(InvitationState.MADE_FOLLOWER, now());
        decided(invitation, null);
        return toReceived(invitation, members.findById(invitation.senderId));
    }

    @Transactional
    public SentInvitationResponse withdraw(long me, long invitationId) {
        Invitation invitation = invitations.findByIdAndSender(invitationId, me).orElseThrow(() -> notFound(invitationId));
        network.lockPair(me, invitation.recipientId);
        invitations.lock(invitation);
        if (invitation.state != InvitationState.PENDING) {
            throw ProblemException.conflict("INVITATION_ALREADY_DECIDED",
                    "This request is no longer pending, so it cannot be withdrawn.");
        }
        invitation.decide(InvitationState.WITHDRAWN, now());
        decided(invitation, null);
        return toSent(invitation, members.findById(invitation.recipientId));
    }

    /** Pending requests I received, newest first or best score first, optionally of one verdict. */
    @Transactional
    public Page<ReceivedInvitationResponse> received(long me, NoteVerdict verdict, ReceivedSort sort, PageRequest page) {
        String v = verdict == null ? null : verdict.name();
        List<Invitation> rows;
        Function<Invitation, String> cursorOf;
        if (sort == ReceivedSort.SCORE) {
            Integer afterScore = null;
            Long afterId = null;
            if (page.cursor() != null) {
                List<String> parts = Cursor.decode(page.cursor(), 3);
                checkSort(parts.get(0), "S");
                afterScore = (int) Cursor.decodeLong(parts.get(1));
                afterId = Cursor.decodeLong(parts.get(2));
            }
            rows = invitations.receivedByScore(me, v, afterScore, afterId, page.limit() + 1);
            cursorOf = i -> Cursor.encode("S", i.score, i.id);
        } else {
            Instant afterAt = null;
            Long afterId = null;
            if (page.cursor() != null) {
                List<String> parts = Cursor.decode(page.cursor(), 3);
                checkSort(parts.get(0), "N");
                afterAt = Cursor.decodeInstant(parts.get(1));
                afterId = Cursor.decodeLong(parts.get(2));
            }
            rows = invitations.receivedByDate(me, v, afterAt, afterId, page.limit() + 1);
            cursorOf = i -> Cursor.encode("N", i.createdAt, i.id);
        }
        Page<Invitation> p = Page.fromOverfetch(rows, page.limit(), cursorOf);
        Map<Long, Member> senders = membersById(p.items().stream().map(i -> i.senderId).toList());
        return p.map(i -> toReceived(i, senders.get(i.senderId)));
    }

    /**
     * Every request I sent, newest first, as I may see it: without the members blocked either
     * way (see InvitationRepository#sent for why they are left out rather than shown as pending).
     */
    @Transactional
    public Page<SentInvitationResponse> sent(long me, PageRequest page) {
        Instant afterAt = null;
        Long afterId = null;
        if (page.cursor() != null) {
            List<String> parts = Cursor.decode(page.cursor(), 2);
            afterAt = Cursor.decodeInstant(parts.get(0));
            afterId = Cursor.decodeLong(parts.get(1));
        }
        Page<Invitation> p = Page.fromOverfetch(invitations.sent(me, afterAt, afterId, page.limit() + 1),
                page.limit(), i -> Cursor.encode(i.createdAt, i.id));
        Map<Long, Member> recipients = membersById(p.items().stream().map(i -> i.recipientId).toList());
        return p.map(i -> toSent(i, recipients.get(i.recipientId)));
    }

    @Transactional
    public InvitationSettingsResponse settings(long me) {
        return InvitationSettingsResponse.from(settings.forMember(me));
    }

    @Transactional
    public InvitationSettingsResponse updateSettings(long me, UpdateInvitationSettingsRequest request) {
        InvitationSettings s = settings.findByIdOptional(me).orElseGet(() -> {
            InvitationSettings created = InvitationSettings.defaults(me);
            created.updatedAt = now();
            settings.persist(created);
            return created;
        });
        s.invitationPolicy = request.invitationPolicy();
        s.autoFollowGeneric = request.autoFollowGeneric();
        s.updatedAt = now();
        return InvitationSettingsResponse.from(s);
    }

    /** Scores a note from {@code senderId} to {@code recipient} against the sender's recent notes. */
    public NoteScore score(long senderId, Member recipient, String note) {
        Member sender = members.findById(senderId);
        List<String> recent = invitations.recentNotes(senderId, recipient.id, now().minus(RECENT_NOTES_WINDOW));
        return scorer.score(note, new NoteContext(person(sender), person(recipient), recent));
    }

    /**
     * The pending request received by {@code recipientId} with this id: 404 when there is none
     * for them, 409 INVITATION_ALREADY_DECIDED when it was decided. Locks it, so a reply and a
     * decision on one request are serialized.
     */
    @Transactional
    public PendingInvitation requirePendingReceived(long recipientId, long invitationId) {
        Invitation invitation = invitations.findByIdAndRecipient(invitationId, recipientId)
                .orElseThrow(() -> notFound(invitationId));
        invitations.lock(invitation);
        requirePending(invitation);
        return new PendingInvitation(invitation.id, invitation.senderId, invitation.recipientId);
    }

    /** The request pending between two members, whichever sent it. */
    @Transactional
    public Optional<PendingInvitation> pendingBetween(long a, long b) {
        return invitations.findPendingBetween(a, b)
                .map(i -> new PendingInvitation(i.id, i.senderId, i.recipientId));
    }

    /** Whether this request is still pending. */
    @Transactional
    public boolean isPending(long invitationId) {
        return invitations.findByIdOptional(invitationId).map(i -> i.state == InvitationState.PENDING).orElse(false);
    }

    private Invitation sent(Invitation i) {
        sentEvents.fire(new InvitationSent(i.id, i.senderId, i.recipientId, i.state, i.note, i.score, i.verdict,
                i.createdAt));
        return i;
    }

    private void decided(Invitation i, String reply) {
        decidedEvents.fire(new InvitationDecided(i.id, i.senderId, i.recipientId, i.state, reply, i.decidedAt));
    }

    private Invitation persist(long me, Member recipient, String note, InvitationState state, Instant now) {
        NoteScore score = score(me, recipient, note);
        Invitation i = new Invitation();
        i.senderId = me;
        i.recipientId = recipient.id;
        i.note = note;
        String normalized = score.normalizedNote();
        i.noteNormalized = normalized.length() > 400 ? normalized.substring(0, 400) : normalized;
        i.score = (short) score.score();
        i.verdict = score.verdict().name();
        i.reasons = score.reasons().stream().map(Enum::name).collect(Collectors.joining(","));
        i.state = state;
        i.createdAt = now;
        i.decidedAt = state == InvitationState.PENDING ? null : now;
        invitations.persist(i);
        return i;
    }

    private NoteContext.Person person(Member m) {
        List<Position> history = positions.listForMember(m.id);
        return new NoteContext.Person(m.displayName, m.headline, m.currentTitle, m.currentCompany,
                history.stream().map(p -> p.company).toList(), history.stream().map(p -> p.title).toList());
    }

    private Map<Long, Member> membersById(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return members.list("id in ?1", ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(m -> m.id, m -> m));
    }

    private static void requirePending(Invitation invitation) {
        if (invitation.state != InvitationState.PENDING) {
            throw ProblemException.conflict("INVITATION_ALREADY_DECIDED",
                    "This request was already decided (" + invitation.state.name().toLowerCase().replace('_', ' ')
                    + "); a request is decided once.");
        }
    }

    private static void checkSort(String tag, String expected) {
        if (!tag.equals(expected)) {
            throw ProblemException.invalidField("cursor", "was made for another sort order");
        }
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("You have no connection request with id " + id + ".");
    }

    private static List<ScoreReasonResponse> reasons(List<ScoreReason> reasons) {
        return reasons.stream().map(ScoreReasonResponse::from).toList();
    }

    private static List<ScoreReasonResponse> reasons(NoteScore score) {
        return score.reasons().stream().map(r -> ScoreReasonResponse.from(r, score.evidenceFor(r))).toList();
    }

    private static String firstName(String displayName) {
        String trimmed = displayName == null ? "" : displayName.strip();
        int space = trimmed.indexOf(' ');
        return space > 0 ? trimmed.substring(0, space) : trimmed.isEmpty() ? "They" : trimmed;
    }

    private static List<ScoreReason> parseReasons(String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(codes.split(",")).map(ScoreReason::valueOf).toList();
    }

    private SentInvitationResponse toSent(Invitation i, Member recipient) {
        Instant again = null;
        if ((i.state == InvitationState.WITHDRAWN || i.state == InvitationState.MADE_FOLLOWER) && i.decidedAt != null
                && i.decidedAt.plus(config.coolDown()).isAfter(Instant.now())) {
            again = i.decidedAt.plus(config.coolDown());
        }
        return new SentInvitationResponse(i.id, ProfileSummary.from(recipient), i.note, i.score,
                NoteVerdict.valueOf(i.verdict), SentInvitationStatus.of(i.state), i.createdAt,
                (int) config.coolDown().toDays(), again);
    }

    private static ReceivedInvitationResponse toReceived(Invitation i, Member sender) {
        return new ReceivedInvitationResponse(i.id, ProfileSummary.from(sender), i.note, i.score,
                NoteVerdict.valueOf(i.verdict), reasons(parseReasons(i.reasons)), i.state, i.createdAt, i.decidedAt);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Orders of the received list. */
    public enum ReceivedSort {
        NEWEST, SCORE
    }
}
