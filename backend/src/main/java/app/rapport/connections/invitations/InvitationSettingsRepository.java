package app.rapport.connections.invitations;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries on invitation settings. */
@ApplicationScoped
public class InvitationSettingsRepository implements PanacheRepositoryBase<InvitationSettings, Long> {

    /** The member's settings, or the defaults (not persisted) when they never changed them. */
    public InvitationSettings forMember(long memberId) {
        return findByIdOptional(memberId).orElseGet(() -> InvitationSettings.defaults(memberId));
    }
}
