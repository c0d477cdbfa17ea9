package app.rapport.connections.invitations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's invitation policy and auto-follower choice; no row means the defaults. */
@Entity
@Table(name = "invitation_settings")
public class InvitationSettings {

    @Id
    @Column(name = "member_id")
    public Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "invitation_policy", nullable = false, length = 20)
    public InvitationPolicy invitationPolicy = InvitationPolicy.NOTE_REQUIRED;

    /** Turn requests whose note scores GENERIC into followers automatically. */
    @Column(name = "auto_follow_generic", nullable = false)
    public boolean autoFollowGeneric;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    static InvitationSettings defaults(long memberId) {
        InvitationSettings s = new InvitationSettings();
        s.memberId = memberId;
        return s;
    }
}
