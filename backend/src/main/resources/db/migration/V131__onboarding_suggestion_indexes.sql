-- Follow suggestions for a member without a graph yet: colleagues (same current company) and
-- neighbours (same city, the part of the location before the first comma), each one index probe.
CREATE INDEX members_company_match ON members (match_key(current_company));
CREATE INDEX members_city_match ON members (match_key(split_part(location, ',', 1)));
-- The most-followed members, for the "popular in your field" fallback, are read from the
-- follower slot rows (V140): see V149.
