package app.rapport.tags;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Queries on saved tag views and their tags. */
@ApplicationScoped
public class TagViewRepository implements PanacheRepository<TagView> {

    public Optional<TagView> findByIdAndOwner(long id, long owner) {
        return find("id = ?1 and ownerId = ?2", id, owner).firstResultOptional();
    }

    public List<TagView> listForOwner(long owner) {
        return list("ownerId = ?1 order by lower(name), id", owner);
    }

    public long countForOwner(long owner) {
        return count("ownerId", owner);
    }

    public boolean nameTaken(long owner, String name, Long exceptId) {
        return count("ownerId = ?1 and lower(name) = ?2 and id <> ?3", owner, name.toLowerCase(Locale.ROOT),
                exceptId == null ? -1L : exceptId) > 0;
    }

    /** (tag_id, excluded) of a view. */
    @SuppressWarnings("unchecked")
    public List<Object[]> tagsOf(long viewId) {
        return getEntityManager().createNativeQuery(
                        "SELECT tag_id, excluded FROM tag_view_tags WHERE view_id = :v ORDER BY tag_id")
                .setParameter("v", viewId).getResultList();
    }

    public void replaceTags(long viewId, List<Long> included, List<Long> excluded) {
        var em = getEntityManager();
        em.createNativeQuery("DELETE FROM tag_view_tags WHERE view_id = :v").setParameter("v", viewId).executeUpdate();
        for (Long t : included) {
            em.createNativeQuery("INSERT INTO tag_view_tags (view_id, tag_id, excluded) VALUES (:v, :t, false)")
                    .setParameter("v", viewId).setParameter("t", t).executeUpdate();
        }
        for (Long t : excluded) {
            em.createNativeQuery("INSERT INTO tag_view_tags (view_id, tag_id, excluded) VALUES (:v, :t, true)")
                    .setParameter("v", viewId).setParameter("t", t).executeUpdate();
        }
    }
}
