package app.rapport.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Queries on privacy_settings: a member's privacy choices (no row: the defaults). */
@ApplicationScoped
public class PrivacySettingsRepository {

    private final EntityManager em;

    public PrivacySettingsRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<NetworkVisibility> networkVisibility(long memberId) {
        List<?> rows = em.createNativeQuery("SELECT network_visibility FROM privacy_settings WHERE member_id = :m")
                .setParameter("m", memberId).getResultList();
        return rows.stream().findFirst().map(v -> NetworkVisibility.valueOf((String) v));
    }

    /**
     * The member's network visibility, and whether {@code viewer} is connected to them: one
     * statement, two primary-key probes.
     */
    public Object[] visibilityAndConnected(long memberId, long viewer) {
        return (Object[]) em.createNativeQuery("""
                        SELECT COALESCE((SELECT network_visibility FROM privacy_settings WHERE member_id = :m), :dflt),
                               EXISTS (SELECT 1 FROM connections WHERE member_a_id = LEAST(:m, :v)
                                                                   AND member_b_id = GREATEST(:m, :v))""")
                .setParameter("m", memberId).setParameter("v", viewer)
                .setParameter("dflt", NetworkVisibility.DEFAULT.name()).getSingleResult();
    }

    public void save(long memberId, NetworkVisibility visibility) {
        em.createNativeQuery("""
                        INSERT INTO privacy_settings AS p (member_id, network_visibility) VALUES (:m, :v)
                        ON CONFLICT (member_id) DO UPDATE
                        SET network_visibility = EXCLUDED.network_visibility, updated_at = now()""")
                .setParameter("m", memberId).setParameter("v", visibility.name()).executeUpdate();
    }
}
