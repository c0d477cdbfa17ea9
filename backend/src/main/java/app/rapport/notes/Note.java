package app.rapport.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A private note of an author on one of their contacts; only ever visible to the author. */
@Entity
@Table(name = "notes")
public class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "author_id", nullable = false)
    public Long authorId;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    @Column(name = "body", nullable = false, length = 8000)
    public String text;

    @Column(name = "noted_on", nullable = false)
    public LocalDate date;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
