-- Comments by author, per post: the comment count a viewer sees subtracts the comments of the
-- members blocked either way with them (one probe per such member and post), and deleting a
-- member's account finds their comments without scanning the table.
CREATE INDEX comments_by_author ON comments (author_id, post_id);
