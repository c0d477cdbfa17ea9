package app.rapport.contacts;

import app.rapport.blocks.BlockService;
import app.rapport.common.ProblemException;
import app.rapport.common.PageRequest;
import app.rapport.introductions.IntroductionService;
import app.rapport.messages.ConversationResponse;
import app.rapport.messages.ConversationService;
import app.rapport.notes.NoteService;
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
    private final NoteService notes;
    private final ConversationService conversations;

    public ContactService(MemberRepository members, NetworkRepository network, BlockService blocks,
                          RelationshipService relationships, IntroductionService introductions, NoteService notes,
                          ConversationService conversations) {
        this.notes = notes;
        this.conversations = conversations;
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
        List<ContactNote> latestNotes = notes.list(me, memberId, new PageRequest(null, NOTES_SHOWN)).items().stream()
                .map(n -> new ContactNote(n.id(), n.text(), n.date(), n.createdAt(), n.updatedAt())).toList();
        ContactConversation conversation = conversations.list(me, memberId, new PageRequest(null, 1)).items().stream()
                .findFirst().map(ContactService::conversation).orElse(null);
        return new ContactResponse(ProfileSummary.from(member), connected, following, followsMe,
                connected ? rel.map(RelationshipResponse::connectedSince).orElse(null) : null,
                connected ? rel.map(RelationshipResponse::howWeMet).orElse(null) : null,
                rel.map(RelationshipResponse::lastInteraction).orElse(null),
                connected ? rel.map(RelationshipResponse::strength).orElse(null) : null,
                relationships.tags(me, memberId), rel.map(r -> (long) r.interactions().notes()).orElse(0L), latestNotes,
                conversation, introductions.between(me, memberId, INTRODUCTIONS_SHOWN));
    }

    private static ContactConversation conversation(ConversationResponse c) {
        var last = c.lastMessage();
        String preview = last == null ? null : last.text().length() <= 200 ? last.text() : last.text().substring(0, 199) + "…";
        return new ContactConversation(c.id(), preview, last == null ? null : last.createdAt(),
                last == null ? null : last.mine(), c.unreadCount());
    }

    private static ProblemException notFound(long memberId) {
        return ProblemException.notFound("You neither follow nor are connected with a member with id " + memberId + ".");
    }
}
