package app.rapport.posts;

import app.rapport.common.ExportRows;
import app.rapport.common.ExportSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/** Export section "posts": my posts, reshares and career updates, my comments anywhere, and my likes. */
@ApplicationScoped
public class PostExportSection implements ExportSection {

    private final ExportRows rows;

    public PostExportSection(ExportRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "posts";
    }

    @Override
    public Object export(long memberId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("posts", rows.list("SELECT p.id AS \"id\", p.kind AS \"kind\", p.visibility AS \"visibility\","
                + " p.text AS \"text\", p.link_url AS \"linkUrl\", p.reshared_post_id AS \"resharedPostId\","
                + " p.career_change AS \"careerChange\", p.career_title AS \"careerTitle\","
                + " p.career_company AS \"careerCompany\", p.like_count AS \"likeCount\","
                + " p.comment_count AS \"commentCount\", p.reshare_count AS \"reshareCount\","
                + " p.created_at AS \"createdAt\", p.edited_at AS \"editedAt\""
                + " FROM posts p WHERE p.author_id = :me ORDER BY p.created_at, p.id", memberId));
        out.put("comments", rows.list("SELECT c.id AS \"id\", c.post_id AS \"postId\", c.text AS \"text\","
                + " c.created_at AS \"createdAt\" FROM comments c WHERE c.author_id = :me ORDER BY c.created_at, c.id", memberId));
        out.put("likes", rows.list("SELECT l.post_id AS \"postId\", l.created_at AS \"createdAt\""
                + " FROM post_likes l WHERE l.member_id = :me ORDER BY l.created_at, l.post_id", memberId));
        return out;
    }
}
