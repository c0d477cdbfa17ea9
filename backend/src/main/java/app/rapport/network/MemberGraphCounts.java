package app.rapport.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member's connection, follower and following counts, kept exact by database triggers. */
@Entity
@Table(name = "member_graph_counts")
public class MemberGraphCounts {

    @Id
    @Column(name = "member_id")
    public Long memberId;

    @Column(nullable = false)
    public int connections;

    @Column(nullable = false)
    public int followers;

    @Column(nullable = false)
    public int following;
}
