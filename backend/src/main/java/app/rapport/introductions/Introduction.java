package app.rapport.introductions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A requester's request that a broker introduce them to a target; decided once. */
@Entity
@Table(name = "introductions")
public class Introduction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "requester_id", nullable = false)
    public Long requesterId;

    @Column(name = "broker_id", nullable = false)
    public Long brokerId;

    @Column(name = "target_id", nullable = false)
    public Long targetId;

    @Column(nullable = false, length = 1000)
    public String message;

    @Column(name = "broker_note", length = 1000)
    public String brokerNote;

    @Column(name = "message_shared", nullable = false)
    public boolean messageShared;

    @Column(name = "follow_only", nullable = false)
    public boolean followOnly;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public IntroductionState state;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public IntroductionResult result;

    @Column(name = "conversation_id")
    public Long conversationId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "forwarded_at")
    public Instant forwardedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    void decide(IntroductionState outcome, Instant at) {
        state = outcome;
        decidedAt = at;
    }

    /** The role of {@code member} in this introduction, or null when they are not a party. */
    IntroductionRole roleOf(long member) {
        if (requesterId == member) {
            return IntroductionRole.REQUESTER;
        }
        if (brokerId == member) {
            return IntroductionRole.BROKER;
        }
        return targetId == member ? IntroductionRole.TARGET : null;
    }
}
