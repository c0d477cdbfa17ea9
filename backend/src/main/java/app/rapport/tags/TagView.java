package app.rapport.tags;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A saved tag view: a named selection of tags shown as a toggle above the feed. */
@Entity
@Table(name = "tag_views")
public class TagView {

    /** Union ("any of") or intersection ("all of") of the selected tags. */
    public enum Mode { ANY, ALL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "owner_id", nullable = false)
    public Long ownerId;

    @Column(nullable = false, length = 50)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    public Mode mode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
