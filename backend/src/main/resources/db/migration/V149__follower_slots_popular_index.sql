-- Onboarding's "most-followed members" pool reads the largest follower slot rows (V140) first.
CREATE INDEX member_follower_counts_popular ON member_follower_counts (followers DESC, member_id);
