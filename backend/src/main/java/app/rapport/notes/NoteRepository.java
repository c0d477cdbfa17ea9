package app.rapport.notes;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Queries on notes; every one is scoped to the author. */
@ApplicationScoped
public class NoteRepository implements PanacheRepository<Note> {

    public Optional<Note> findByIdAndAuthor(long id, long author) {
        return find("id = ?1 and authorId = ?2", id, author).firstResultOptional();
    }

    /** The author's notes on a member, newest date first, then newest written first. */
    public List<Note> onMember(long author, long member, LocalDate afterDate, Long afterId, int limit) {
        if (afterId == null) {
            return find("authorId = ?1 and memberId = ?2 order by date desc, id desc", author, member)
                    .page(0, limit).list();
        }
        return find("authorId = ?1 and memberId = ?2 and (date < ?3 or (date = ?3 and id < ?4)) order by date desc, id desc",
                author, member, afterDate, afterId).page(0, limit).list();
    }
}
