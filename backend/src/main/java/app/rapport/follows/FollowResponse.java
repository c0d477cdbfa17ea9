package app.rapport.follows;

/** Where the signed-in member stands with another after a follow or unfollow (schema FollowResponse). */
public record FollowResponse(long memberId, boolean following, boolean followsMe, boolean connected) {
}
