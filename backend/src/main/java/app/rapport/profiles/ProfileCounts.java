package app.rapport.profiles;

/** How many connections, followers and followees a member has. */
public record ProfileCounts(long connections, long followers, long following) {
}
