package app.rapport.contacts;

import app.rapport.blocks.BlockService;
import app.rapport.common.ProblemException;
import app.rapport.introductions.IntroductionService;
import app.rapport.network.NetworkRepository;
import app.rapport.profiles.Member;
import app.rapport.profiles.MemberRepository;
import app.rapport.profiles.ProfileSummary;
import app.rapport.relationships.RelationshipResponse;
import app.rapport.relationships.RelationshipService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The contact panel: what is mine about a member I follow or am connected with (how we met,
 * connected since, my tags, my notes, our conversation, the introductions between us, the
 * strength of our relationship), gathered from the features that own each piece.
 */
@ApplicationScoped
public class ContactService {

    /** Notes shown on the panel; the rest through the notes list. */
    static final int NOTES_SHOWN = 5;
    static final int INTRODUCTIONS_SHOWN = 10;

    private final MemberRepository members;
    private final NetworkRepository network;
    private final BlockService blocks;
    private final RelationshipService relationships;
    private final IntroductionService introductions;

    public ContactService(MemberRepository members, NetworkRepository network, BlockService blocks,
                          RelationshipService relationships, IntroductionService introductions) {
        this.members = members;
        this.network = network;
        this.blocks = blocks;
        this.relationships = relationships;
        this.introductions = introductions;
    }

    @Transactional
    public ContactResponse get(long me, long memberId) {
        Member member = members.findByIdOptional(memberId)
                .filter(m -> m.id != me && !blocks.blockedEitherWay(me, m.id))
                .orElseThrow(() -> notFound(memberId));
        Object[] flags = network.relationFlags(me, memberId);
        boolean following = (Boolean) flags[0];
        boolean followsMe = (Boolean) flags[1];
        boolean connected = (Boolean) flags[2];
        if (!following && !connected) {
            throw notFound(memberId);
        }
        Optional<RelationshipResponse> rel = relationships.view(me, memberId);
        return new ContactResponse(ProfileSummary.from(member), connected, following, followsMe,
                connected ? rel.map(RelationshipResponse::connectedSince).orElse(null) : null,
                connected ? rel.map(RelationshipResponse::howWeMet).orElse(null) : null,
                rel.map(RelationshipResponse::lastInteraction).orElse(null),
                connected ? rel.map(RelationshipResponse::strength).orElse(null) : null,
                relationships.tags(me, memberId), 0, List.of(), null,
                introductions.between(me, memberId, INTRODUCTIONS_SHOWN));
    }

    private static ProblemException notFound(long memberId) {
        return ProblemException.notFound("You neither follow nor are connected with a member with id " + memberId + ".");
    }
}
