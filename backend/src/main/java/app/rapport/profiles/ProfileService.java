package app.rapport.profiles;

import app.rapport.common.Cursor;
import app.rapport.common.MemberCaps;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import app.rapport.common.replica.ReadReplica;
import app.rapport.connections.ConnectionsConfig;
import app.rapport.connections.invitations.InvitationRepository;
import app.rapport.network.NetworkService;
import app.rapport.network.ProfileRelation;
import app.rapport.privacy.BlockRule;
import app.rapport.privacy.NetworkVisibilityRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Profiles: reading, editing your own, career history and member search. */
@ApplicationScoped
public class ProfileService {

    /** A career history longer than this is not a history but a data dump. */
    static final int MAX_POSITIONS = 50;

    private final MemberRepository members;
    private final PositionRepository positions;
    private final NetworkService network;
    private final BlockRule blocks;
    private final InvitationRepository invitations;
    private final Event<CareerChanged> careerChanges;
    private final Event<MemberIdentityChanged> identityChanges;
    private final MemberCaps caps;
    private final ConnectionsConfig connectionsConfig;
    private final NetworkVisibilityRule networkVisibility;

    public ProfileService(MemberRepository members, PositionRepository positions, NetworkService network,
                          BlockRule blocks, InvitationRepository invitations, Event<CareerChanged> careerChanges,
                          Event<MemberIdentityChanged> identityChanges, MemberCaps caps,
                          ConnectionsConfig connectionsConfig, NetworkVisibilityRule networkVisibility) {
        this.members = members;
        this.positions = positions;
        this.network = network;
        this.blocks = blocks;
        this.invitations = invitations;
        this.careerChanges = careerChanges;
        this.identityChanges = identityChanges;
        this.caps = caps;
        this.connectionsConfig = connectionsConfig;
        this.networkVisibility = networkVisibility;
    }

    @Transactional
    public MeResponse me(long meId) {
        return toMe(members.findByIdOptional(meId)
                .orElseThrow(() -> ProblemException.unauthorized("Your account no longer exists.")));
    }

    @Transactional
    @ReadReplica
    public ProfileResponse profile(long viewerId, String handle) {
        Member m = members.findByHandle(handle)
                .filter(found -> !blocks.eitherWay(viewerId, found.id))
                .orElseThrow(() -> BlockRule.memberNotFound(handle));
        ProfileCounts counts = counts(m.id);
        ProfileRelation r = network.relation(viewerId, m.id);
        NetworkVisibilityRule.Decision lists = networkVisibility.decide(viewerId, m.id);
        return new ProfileResponse(m.id, m.handle, m.displayName, m.headline, m.location, m.about, m.currentTitle,
                m.currentCompany, positionsOf(m.id), counts.connections(), counts.followers(), counts.following(),
                r.degree(), r.mutualConnectionCount(), r.mutualConnections(), r.following(), r.followsMe(),
                r.connectionState(), r.pendingInvitationId(), r.invitationPolicy(), canInviteAgainAt(viewerId, m.id),
                (int) connectionsConfig.coolDown().toDays(), lists.visibility(), lists.visible());
    }

    /** While the viewer's last request to this member is in its cool-down: when they can invite again. */
    private Instant canInviteAgainAt(long viewerId, long memberId) {
        if (viewerId == memberId) {
            return null;
        }
        java.time.Duration coolDown = connectionsConfig.coolDown();
        return invitations.lastRefusedSince(viewerId, memberId, Instant.now().minus(coolDown))
                .map(at -> at.plus(coolDown)).orElse(null);
    }

    @Transactional
    public MeResponse update(long meId, UpdateProfileRequest request) {
        Member m = members.findByIdOptional(meId)
                .orElseThrow(() -> ProblemException.unauthorized("Your account no longer exists."));
        String oldName = m.displayName;
        if (request.displayName() != null) {
            m.displayName = request.displayName().trim();
        }
        if (request.headline() != null) {
            m.headline = blankToNull(request.headline());
        }
        if (request.location() != null) {
            m.location = blankToNull(request.location());
        }
        if (request.about() != null) {
            m.about = blankToNull(request.about());
        }
        String oldTitle = m.currentTitle;
        String oldCompany = m.currentCompany;
        if (request.currentTitle() != null) {
            m.currentTitle = blankToNull(request.currentTitle());
        }
        if (request.currentCompany() != null) {
            m.currentCompany = blankToNull(request.currentCompany());
        }
        m.updatedAt = Instant.now();
        if (announce(request.announce(), oldTitle, oldCompany)) {
            CareerChanged.between(m.id, oldTitle, oldCompany, m.currentTitle, m.currentCompany)
                    .ifPresent(careerChanges::fire);
        }
        if (!m.displayName.equals(oldName) || (m.currentCompany != null && !m.currentCompany.equals(oldCompany))) {
            identityChanged(m);
        }
        return toMe(m);
    }

    @Transactional
    public PositionResponse addPosition(long meId, PositionRequest request) {
        checkDates(request);
        caps.check(meId, MAX_POSITIONS, () -> positions.countForMember(meId), () -> ProblemException.conflict(
                "TOO_MANY_POSITIONS", "A career history holds at most " + MAX_POSITIONS + " positions; remove one first."));
        boolean firstPosition = positions.countForMember(meId) == 0;
        Position p = new Position();
        p.memberId = meId;
        p.createdAt = Instant.now();
        apply(p, request);
        positions.persist(p);
        Member m = members.findById(meId);
        if (m != null && p.company != null) {
            identityChanged(m);
        }
        boolean emptyProfile = m != null && firstPosition && m.currentTitle == null && m.currentCompany == null;
        if (p.endDate == null && m != null && (request.announce() != null ? request.announce() : !emptyProfile)) {
            CareerChanged.between(meId, m.currentTitle, m.currentCompany, p.title, p.company)
                    .ifPresent(careerChanges::fire);
        }
        return PositionResponse.from(p);
    }

    /**
     * Whether a change of current position becomes a career update: the member's explicit
     * choice, else yes, except for the first fill of a profile (no current title or company
     * before), which is a new member describing themselves, not news.
     */
    private static boolean announce(Boolean choice, String oldTitle, String oldCompany) {
        return choice != null ? choice : oldTitle != null || oldCompany != null;
    }

    @Transactional
    public PositionResponse updatePosition(long meId, long positionId, PositionRequest request) {
        checkDates(request);
        Position p = positions.findByIdAndOwner(positionId, meId)
                .orElseThrow(() -> ProblemException.notFound("You have no position with id " + positionId + "."));
        String oldCompany = p.company;
        apply(p, request);
        if (p.company != null && !p.company.equals(oldCompany)) {
            members.findByIdOptional(meId).ifPresent(this::identityChanged);
        }
        return PositionResponse.from(p);
    }

    /** Written first, so that whoever observes (imports matching waiting contacts) reads the change. */
    private void identityChanged(Member m) {
        members.flush();
        identityChanges.fire(new MemberIdentityChanged(m.id, m.email, m.displayName, false));
    }

    @Transactional
    public void deletePosition(long meId, long positionId) {
        Position p = positions.findByIdAndOwner(positionId, meId)
                .orElseThrow(() -> ProblemException.notFound("You have no position with id " + positionId + "."));
        positions.delete(p);
    }

    @Transactional
    @ReadReplica
    public Page<ProfileSearchResult> search(long viewerId, String query, PageRequest page) {
        Integer afterRank = null;
        String afterName = null;
        Long afterId = null;
        if (page.cursor() != null) {
            List<String> parts = Cursor.decode(page.cursor(), 3);
            afterRank = (int) Cursor.decodeLong(parts.get(0));
            afterName = parts.get(1);
            afterId = Cursor.decodeLong(parts.get(2));
        }
        record Ranked(ProfileSearchResult result, int rank) {
        }
        List<Ranked> rows = members.search(viewerId, query, afterRank, afterName, afterId, page.limit() + 1)
                .stream()
                .map(r -> new Ranked(ProfileSearchResult.of(ProfileSummary.fromRow(r, 0), (Boolean) r[7], (Boolean) r[9],
                        ((Number) r[0]).longValue() == viewerId), ((Number) r[10]).intValue()))
                .toList();
        Page<Ranked> cut = Page.fromOverfetch(rows, page.limit(),
                r -> Cursor.encode(r.rank(), r.result().displayName().toLowerCase(Locale.ROOT), r.result().id()));
        return new Page<>(cut.items().stream().map(Ranked::result).toList(), cut.nextCursor());
    }

    /** Connection, follower and following counts: one primary-key read of counters kept by triggers. */
    ProfileCounts counts(long memberId) {
        return network.counts(memberId);
    }

    private MeResponse toMe(Member m) {
        ProfileCounts counts = counts(m.id);
        return new MeResponse(m.id, m.email, m.handle, m.displayName, m.headline, m.location, m.about,
                m.currentTitle, m.currentCompany, positionsOf(m.id), counts.connections(), counts.followers(),
                counts.following(), invitations.countPendingReceived(m.id), m.createdAt);
    }

    private List<PositionResponse> positionsOf(long memberId) {
        return positions.listForMember(memberId).stream().map(PositionResponse::from).toList();
    }

    private static void checkDates(PositionRequest request) {
        if (request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            throw ProblemException.invalidField("endDate", "must not be before startDate");
        }
    }

    private static void apply(Position p, PositionRequest request) {
        p.title = request.title().trim();
        p.company = request.company().trim();
        p.startDate = request.startDate();
        p.endDate = request.endDate();
        p.description = blankToNull(request.description());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
