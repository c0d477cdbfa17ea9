package app.rapport.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member's connection and following counts, kept exact by database triggers; followers are
 * counted in slot rows (member_follower_counts, V140) so that follows of one member do not queue.
 */
@Entity
@Table(name = "member_graph_counts")
public class MemberGraphCounts {

    @Id
    @Column(name = "member_id")
    public Long memberId;

    @Column(nullable = false)
    public int connections;

    @Column(nullable = false)
    public int following;
}
