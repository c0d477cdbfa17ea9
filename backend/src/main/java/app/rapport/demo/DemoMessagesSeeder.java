package app.rapport.demo;

import app.rapport.connections.invitations.Invitation;
import app.rapport.connections.invitations.InvitationRepository;
import app.rapport.inbox.InboxEntry;
import app.rapport.inbox.InboxKind;
import app.rapport.inbox.InboxReference;
import app.rapport.inbox.InboxService;
import app.rapport.messages.ConversationService;
import app.rapport.messages.SendMessageRequest;
import app.rapport.messages.StartConversationRequest;
import app.rapport.network.NetworkService;
import app.rapport.notes.CreateNoteRequest;
import app.rapport.notes.NoteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Gives the demo account a lived-in inbox: the requests it received (seeded straight into
 * the graph) as inbox items, a few conversations with connections, one reply inside a pending
 * request, and private notes. Everything goes through the real services and their rules.
 */
@ApplicationScoped
public class DemoMessagesSeeder {

    static final List<String[]> CONVERSATIONS = List.of(
            new String[] {"Great seeing you at the meetup yesterday! Still up for that coffee?",
                    "Absolutely. Thursday 10:00 near the station?", "Perfect, see you then."},
            new String[] {"Could you introduce me to someone on the payments team at your company?",
                    "Sure, let me ask who owns the budget for that first.",
                    "Thank you! No rush, their planning round closes on the 14th."},
            new String[] {"Thanks for the intro last week, the call went really well.",
                    "Glad to hear it! Keep me posted.",
                    "Will do. They asked for a second call with their CTO next week."});

    static final String INVITATION_REPLY = "Thanks for reaching out! Remind me, which meetup was it?";

    /** The demo account's private notes on its first two contacts. */
    static final List<String> NOTES = List.of(
            "Met at the Lisbon product meetup. Next step: coffee on Thursday, bring the onboarding deck.",
            "Knows the payments team at their company well; owns the budget for tooling.",
            "Asked for an intro to the payments team. Follow up after the budget review.");

    private final InvitationRepository invitations;
    private final InboxService inbox;
    private final ConversationService conversations;
    private final NoteService notes;
    private final NetworkService network;

    public DemoMessagesSeeder(InvitationRepository invitations, InboxService inbox, ConversationService conversations,
                              NoteService notes, NetworkService network) {
        this.invitations = invitations;
        this.inbox = inbox;
        this.conversations = conversations;
        this.notes = notes;
        this.network = network;
    }

    @Transactional
    public void seed(List<Long> memberIds) {
        long demo = memberIds.get(0);
        List<Invitation> pending = invitations.receivedByDate(demo, null, null, null, 100);
        for (Invitation i : pending) {
            inbox.put(new InboxEntry(demo, InboxKind.CONNECTION_REQUEST, InboxReference.INVITATION, i.id, i.senderId,
                    InboxEntry.preview(i.note), (int) i.score, i.verdict, null, 1, i.createdAt));
        }
        if (!pending.isEmpty()) {
            conversations.replyToInvitation(demo, pending.get(0).id,
                    new SendMessageRequest(INVITATION_REPLY));
        }
        List<Long> contacts = memberIds.stream().skip(1).filter(id -> network.connected(demo, id)).limit(4).toList();
        for (int c = 0; c < Math.min(CONVERSATIONS.size(), contacts.size()); c++) {
            String[] lines = CONVERSATIONS.get(c);
            long other = contacts.get(c);
            for (int k = 0; k < lines.length; k++) {
                long from = k % 2 == 0 ? other : demo;
                long to = k % 2 == 0 ? demo : other;
                conversations.start(from, new StartConversationRequest(to, lines[k]));
            }
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (!contacts.isEmpty()) {
            notes.create(demo, contacts.get(0), new CreateNoteRequest(
                    NOTES.get(0),
                    today.minusDays(2)));
            notes.create(demo, contacts.get(0), new CreateNoteRequest(
                    NOTES.get(1), today.minusDays(30)));
        }
        if (contacts.size() > 1) {
            notes.create(demo, contacts.get(1), new CreateNoteRequest(
                    NOTES.get(2), today));
        }
    }
}
