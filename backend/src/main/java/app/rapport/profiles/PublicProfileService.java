package app.rapport.profiles;

import app.rapport.network.NetworkService;
import app.rapport.privacy.BlockRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Public profile pages (/in/<handle>) for visitors who are not signed in, and each member's
 * choice of what they carry. An unknown handle, an unlisted page and a member blocked either
 * way with the (optionally) signed-in reader all answer the same 404.
 */
@ApplicationScoped
public class PublicProfileService {

    private final MemberRepository members;
    private final PositionRepository positions;
    private final PublicProfileRepository settings;
    private final NetworkService network;
    private final BlockRule blocks;

    public PublicProfileService(MemberRepository members, PositionRepository positions, PublicProfileRepository settings,
                                NetworkService network, BlockRule blocks) {
        this.members = members;
        this.positions = positions;
        this.settings = settings;
        this.network = network;
        this.blocks = blocks;
    }

    /** The public page of {@code handle}; {@code readerId} is the signed-in reader, if any (a block hides the page). */
    @Transactional
    public PublicProfileResponse get(String handle, Long readerId) {
        Member m = members.findByHandle(handle)
                .filter(found -> readerId == null || !blocks.eitherWay(readerId, found.id))
                .orElseThrow(() -> BlockRule.memberNotFound(handle));
        PublicProfileSettings s = settings(m.id);
        if (!s.listed()) {
            throw BlockRule.memberNotFound(handle);
        }
        List<PublicProfileResponse.PublicPositionResponse> career = !s.showCareer() ? null
                : positions.listForMember(m.id).stream().map(p -> new PublicProfileResponse.PublicPositionResponse(
                        p.title, p.company, p.startDate, p.endDate, p.endDate == null)).toList();
        ProfileCounts counts = s.showCounts() ? network.counts(m.id) : null;
        return new PublicProfileResponse(m.handle, m.displayName, s.showHeadline() ? m.headline : null,
                s.showPosition() ? m.currentTitle : null, s.showPosition() ? m.currentCompany : null,
                s.showLocation() ? m.location : null, s.showAbout() ? m.about : null, career,
                counts == null ? null : counts.connections(), counts == null ? null : counts.followers());
    }

    @Transactional
    public PublicProfileSettings settings(long me) {
        return settings.find(me).orElse(PublicProfileSettings.DEFAULTS);
    }

    @Transactional
    public PublicProfileSettings update(long me, PublicProfileSettings request) {
        settings.save(me, request);
        return settings(me);
    }
}
