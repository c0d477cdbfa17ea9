package app.rapport.demo;

import app.rapport.posts.Post;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Demo content for the feed: posts, likes, comments, reshares and career updates from the demo
 * members, and the demo account's private tags and saved views. Called once, in a transaction,
 * after the demo members and their graph exist; the first id is the demo account.
 */
@ApplicationScoped
public class DemoFeedSeeder {

    private static final String[] LINKS = {"https://example.com/blog/onboarding", "https://example.com/jobs", null, null};

    private final EntityManager em;

    public DemoFeedSeeder(EntityManager em) {
        this.em = em;
    }

    public void seed(List<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return;
        }
        Random random = new Random(42);
        long demo = memberIds.get(0);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Long> posts = new ArrayList<>();
        List<Long> authors = new ArrayList<>();
        // Each member writes their own posts, the first one recent, the others spread over a month.
        for (int i = 0; i < Math.min(memberIds.size(), DemoTexts.POSTS.size()); i++) {
            List<String> own = DemoTexts.POSTS.get(i);
            for (int k = 0; k < own.size(); k++) {
                Instant at = k == 0 && i < 2 ? now.minus(2 + i, ChronoUnit.HOURS)
                        : now.minus(random.nextInt(60 * 24 * 30), ChronoUnit.MINUTES);
                String visibility = random.nextInt(6) == 0 ? "CONNECTIONS" : "PUBLIC";
                posts.add(insertPost(memberIds.get(i), "POST", visibility, own.get(k),
                        LINKS[random.nextInt(LINKS.length)], null, null, null, null, at));
                authors.add(memberIds.get(i));
            }
        }
        // likes on every post; comments, each written once, on some of them
        int nextComment = 0;
        for (int p = 0; p < posts.size(); p++) {
            long post = posts.get(p);
            int likes = random.nextInt(Math.min(8, memberIds.size()));
            for (int j = 0; j < likes; j++) {
                long liker = memberIds.get(random.nextInt(memberIds.size()));
                em.createNativeQuery("INSERT INTO post_likes (post_id, member_id, created_at) "
                                     + "SELECT :p, :m, p.created_at + interval '1 hour' * :h FROM posts p WHERE p.id = :p "
                                     + "ON CONFLICT DO NOTHING")
                        .setParameter("p", post).setParameter("m", liker).setParameter("h", 1 + j).executeUpdate();
            }
            if (nextComment < DemoTexts.COMMENTS.size() && memberIds.size() > 1 && random.nextInt(3) > 0) {
                long commenter = memberIds.get(random.nextInt(memberIds.size()));
                if (commenter == authors.get(p)) {
                    commenter = memberIds.get((memberIds.indexOf(commenter) + 1) % memberIds.size());
                }
                em.createNativeQuery("INSERT INTO comments (post_id, author_id, text, created_at) "
                                     + "SELECT :p, :m, :t, p.created_at + interval '30 minutes' FROM posts p WHERE p.id = :p")
                        .setParameter("p", post).setParameter("m", commenter)
                        .setParameter("t", DemoTexts.COMMENTS.get(nextComment++)).executeUpdate();
            }
        }
        // a few reshares of public posts, each with its own words
        for (int i = 0; i < Math.min(DemoTexts.RESHARES.size(), posts.size()); i++) {
            long original = posts.get(random.nextInt(posts.size()));
            long resharer = memberIds.get(random.nextInt(memberIds.size()));
            em.createNativeQuery("INSERT INTO posts (author_id, kind, visibility, text, reshared_post_id, created_at) "
                                 + "SELECT :m, 'RESHARE', 'PUBLIC', :t, p.id, p.created_at + interval '3 hours' FROM posts p "
                                 + "WHERE p.id = :p AND p.visibility = 'PUBLIC' AND p.kind = 'POST' AND p.author_id <> :m")
                    .setParameter("m", resharer).setParameter("t", DemoTexts.RESHARES.get(i))
                    .setParameter("p", original).executeUpdate();
        }
        // career updates
        if (memberIds.size() > 2) {
            insertPost(memberIds.get(1), "CAREER_UPDATE", "PUBLIC", null, null, Post.CareerChange.NEW_POSITION,
                    "VP Engineering", "Fabrikam", null, now.minus(1, ChronoUnit.DAYS));
            insertPost(memberIds.get(2), "CAREER_UPDATE", "PUBLIC", null, null, Post.CareerChange.PROMOTION,
                    "Product Lead", "Tailspin Payments", null, now.minus(3, ChronoUnit.DAYS));
        }
        em.createNativeQuery("UPDATE posts p SET like_count = (SELECT count(*) FROM post_likes l WHERE l.post_id = p.id), "
                             + "comment_count = (SELECT count(*) FROM comments c WHERE c.post_id = p.id), "
                             + "reshare_count = (SELECT count(*) FROM posts r WHERE r.reshared_post_id = p.id) "
                             + "WHERE p.author_id IN (:ids)").setParameter("ids", memberIds).executeUpdate();
        seedTags(demo);
    }

    /** The demo account's tags on some of its contacts, and two saved views. */
    private void seedTags(long demo) {
        long clients = insertTag(demo, "Clients");
        long prospects = insertTag(demo, "Prospects");
        long friends = insertTag(demo, "Close friends");
        String contacts = "SELECT f.followee_id AS id FROM follows f WHERE f.follower_id = :me "
                          + "UNION SELECT c.member_b_id FROM connections c WHERE c.member_a_id = :me "
                          + "UNION SELECT c.member_a_id FROM connections c WHERE c.member_b_id = :me";
        tagContacts(demo, clients, contacts, 0);
        tagContacts(demo, prospects, contacts, 1);
        tagContacts(demo, friends, contacts, 2);
        long work = insertView(demo, "Pipeline", "ANY");
        em.createNativeQuery("INSERT INTO tag_view_tags (view_id, tag_id, excluded) VALUES (:v, :a, false), (:v, :b, false), (:v, :c, true)")
                .setParameter("v", work).setParameter("a", clients).setParameter("b", prospects).setParameter("c", friends)
                .executeUpdate();
        long inner = insertView(demo, "Friends who are clients", "ALL");
        em.createNativeQuery("INSERT INTO tag_view_tags (view_id, tag_id, excluded) VALUES (:v, :a, false), (:v, :b, false)")
                .setParameter("v", inner).setParameter("a", clients).setParameter("b", friends).executeUpdate();
    }

    private void tagContacts(long demo, long tag, String contacts, int remainder) {
        // every contact whose id modulo 3 matches, plus a few overlaps (id modulo 5 = 0) on every tag
        em.createNativeQuery("INSERT INTO tagged_members (tag_id, member_id, owner_id) SELECT :t, x.id, :me FROM ("
                             + contacts + ") x WHERE x.id % 3 = :r OR x.id % 5 = 0 ON CONFLICT DO NOTHING")
                .setParameter("t", tag).setParameter("me", demo).setParameter("r", remainder).executeUpdate();
    }

    private long insertTag(long owner, String name) {
        return ((Number) em.createNativeQuery("INSERT INTO tags (owner_id, name) VALUES (:o, :n) "
                                              + "ON CONFLICT (owner_id, lower(name)) DO UPDATE SET name = EXCLUDED.name RETURNING id")
                .setParameter("o", owner).setParameter("n", name).getSingleResult()).longValue();
    }

    private long insertView(long owner, String name, String mode) {
        return ((Number) em.createNativeQuery("INSERT INTO tag_views (owner_id, name, mode) VALUES (:o, :n, :m) "
                                              + "ON CONFLICT (owner_id, lower(name)) DO UPDATE SET mode = EXCLUDED.mode RETURNING id")
                .setParameter("o", owner).setParameter("n", name).setParameter("m", mode).getSingleResult()).longValue();
    }

    private long insertPost(long author, String kind, String visibility, String text, String link,
                            Post.CareerChange change, String title, String company, Long reshared, Instant at) {
        return ((Number) em.createNativeQuery("INSERT INTO posts (author_id, kind, visibility, text, link_url, career_change, "
                                              + "career_title, career_company, reshared_post_id, created_at) "
                                              + "VALUES (:a, :k, :v, :t, :l, :c, :ti, :co, :r, :at) RETURNING id")
                .setParameter("a", author).setParameter("k", kind).setParameter("v", visibility).setParameter("t", text)
                .setParameter("l", link).setParameter("c", change == null ? null : change.name()).setParameter("ti", title)
                .setParameter("co", company).setParameter("r", reshared).setParameter("at", at)
                .getSingleResult()).longValue();
    }
}
