package app.rapport.demo;

import app.rapport.connections.ConnectionRepository;
import app.rapport.connections.invitations.Invitation;
import app.rapport.connections.invitations.InvitationRepository;
import app.rapport.connections.invitations.InvitationService;
import app.rapport.connections.invitations.InvitationState;
import app.rapport.connections.scoring.NoteScore;
import app.rapport.follows.FollowRepository;
import app.rapport.profiles.Member;
import app.rapport.profiles.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Builds a realistic relationship graph among the demo members: the demo account (the first
 * id) is connected to about half of the others, everyone has a few connections and one-sided
 * follows, and a handful of members have pending requests to the demo account with a mix of
 * personal and generic notes, scored by the real scorer. Deterministic and idempotent.
 */
@ApplicationScoped
public class DemoGraphSeeder {

    static final List<String> GENERIC_NOTES = List.of(
            "I'd like to add you to my professional network.",
            "Hi %1$s, I came across your profile and would love to connect.",
            "We have some mutual contacts here and I'd like to connect.",
            "I'm looking to expand my network. Let's connect!");
    static final List<String> PERSONAL_NOTES = List.of(
            "Hi %1$s, we met at the product meetup in Lisbon last month and talked about onboarding flows. "
            + "Would love to keep the conversation going.",
            "%1$s, your post about hiring your first engineers at %2$s was spot on; we are going through the "
            + "same thing and I'd value your perspective.",
            "Hi %1$s, I worked with your team at %2$s on the 2023 data migration and still use the runbook you "
            + "wrote. Great to find you here.",
            "Loved your talk at the Berlin conference on remote team rituals, %1$s. We tried the weekly demo "
            + "idea and it stuck!");

    private final ConnectionRepository connections;
    private final FollowRepository follows;
    private final InvitationRepository invitations;
    private final InvitationService invitationService;
    private final MemberRepository members;

    public DemoGraphSeeder(ConnectionRepository connections, FollowRepository follows,
                           InvitationRepository invitations, InvitationService invitationService,
                           MemberRepository members) {
        this.connections = connections;
        this.follows = follows;
        this.invitations = invitations;
        this.invitationService = invitationService;
        this.members = members;
    }

    @Transactional
    public void seed(List<Long> memberIds) {
        if (memberIds.size() < 2) {
            return;
        }
        Random random = new Random(42);
        long demo = memberIds.get(0);
        List<Long> others = memberIds.subList(1, memberIds.size());
        int n = others.size();
        // The last few members invite the demo account; everyone else may be connected to it.
        int inviters = Math.min(8, Math.max(1, n / 4));
        List<Long> inviting = others.subList(n - inviters, n);
        List<Long> rest = others.subList(0, n - inviters);

        for (int i = 0; i < rest.size(); i++) {
            if (i % 2 == 0) {
                connections.connect(demo, rest.get(i)); // accepting implies both follow
            } else if (i % 3 == 0) {
                follows.follow(rest.get(i), demo); // a follower who never asked to connect
            }
        }
        // A sparse web among everyone else, so the demo account has 2nd-degree members and mutuals.
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                int j = random.nextInt(n);
                if (j != i) {
                    connections.connect(others.get(i), others.get(j));
                }
            }
            int followee = random.nextInt(memberIds.size());
            if (memberIds.get(followee) != (long) others.get(i)) {
                follows.follow(others.get(i), memberIds.get(followee));
            }
        }
        // The demo account follows a few people it is not connected to.
        for (int i = 1; i < rest.size(); i += 5) {
            follows.follow(demo, rest.get(i));
        }

        Member recipient = members.findById(demo);
        String firstName = recipient.displayName.split("\\s+")[0];
        String company = recipient.currentCompany == null ? "your company" : recipient.currentCompany;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (int i = 0; i < inviting.size(); i++) {
            long sender = inviting.get(i);
            if (invitations.findPendingBetween(sender, demo).isPresent()) {
                continue;
            }
            List<String> pool = i % 2 == 0 ? PERSONAL_NOTES : GENERIC_NOTES;
            String note = pool.get((i / 2) % pool.size()).formatted(firstName, company);
            NoteScore score = invitationService.score(sender, recipient, note);
            Invitation invitation = new Invitation();
            invitation.senderId = sender;
            invitation.recipientId = demo;
            invitation.note = note;
            invitation.noteNormalized = score.normalizedNote().length() > 400
                    ? score.normalizedNote().substring(0, 400) : score.normalizedNote();
            invitation.score = (short) score.score();
            invitation.verdict = score.verdict().name();
            invitation.reasons = score.reasons().stream().map(Enum::name).collect(Collectors.joining(","));
            invitation.state = InvitationState.PENDING;
            invitation.createdAt = now.minus(Duration.ofHours(5L * (i + 1)));
            invitations.persist(invitation);
        }
    }
}
