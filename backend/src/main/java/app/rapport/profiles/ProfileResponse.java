package app.rapport.profiles;

import java.util.List;

/** A member's public profile as seen by the signed-in member (schema ProfileResponse). */
public record ProfileResponse(long id, String handle, String displayName, String headline, String location,
                              String about, String currentTitle, String currentCompany,
                              List<PositionResponse> positions, long connectionCount, long followerCount,
                              long followingCount) {
}
