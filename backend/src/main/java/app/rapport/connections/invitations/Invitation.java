package app.rapport.connections.invitations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A connection request from a sender to a recipient, with its scored note; decided once. */
@Entity
@Table(name = "invitations")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "sender_id", nullable = false)
    public Long senderId;

    @Column(name = "recipient_id", nullable = false)
    public Long recipientId;

    @Column(length = 300)
    public String note;

    @Column(name = "note_normalized", length = 400)
    public String noteNormalized;

    @Column(nullable = false)
    public short score;

    @Column(nullable = false, length = 10)
    public String verdict;

    /** Reason codes, comma-separated. */
    @Column(nullable = false, length = 300)
    public String reasons;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    public InvitationState state;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    void decide(InvitationState outcome, Instant at) {
        state = outcome;
        decidedAt = at;
    }
}
