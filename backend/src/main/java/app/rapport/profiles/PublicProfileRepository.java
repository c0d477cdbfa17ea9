package app.rapport.profiles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Queries on public_profile_settings: a member's choices for their public page (no row: the defaults). */
@ApplicationScoped
public class PublicProfileRepository {

    private final EntityManager em;

    public PublicProfileRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<PublicProfileSettings> find(long memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT listed, show_headline, show_position, show_location, show_about, show_career, show_counts
                        FROM public_profile_settings WHERE member_id = :m""")
                .setParameter("m", memberId).getResultList();
        return rows.stream().findFirst().map(r -> new PublicProfileSettings((Boolean) r[0], (Boolean) r[1], (Boolean) r[2],
                (Boolean) r[3], (Boolean) r[4], (Boolean) r[5], (Boolean) r[6]));
    }

    public void save(long memberId, PublicProfileSettings s) {
        em.createNativeQuery("""
                        INSERT INTO public_profile_settings AS p (member_id, listed, show_headline, show_position,
                                                                  show_location, show_about, show_career, show_counts)
                        VALUES (:m, :listed, :headline, :position, :location, :about, :career, :counts)
                        ON CONFLICT (member_id) DO UPDATE
                        SET listed = EXCLUDED.listed, show_headline = EXCLUDED.show_headline,
                            show_position = EXCLUDED.show_position, show_location = EXCLUDED.show_location,
                            show_about = EXCLUDED.show_about, show_career = EXCLUDED.show_career,
                            show_counts = EXCLUDED.show_counts, updated_at = now()""")
                .setParameter("m", memberId).setParameter("listed", s.listed()).setParameter("headline", s.showHeadline())
                .setParameter("position", s.showPosition()).setParameter("location", s.showLocation())
                .setParameter("about", s.showAbout()).setParameter("career", s.showCareer())
                .setParameter("counts", s.showCounts()).executeUpdate();
    }
}
