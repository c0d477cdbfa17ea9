package app.rapport.relationships;

import java.util.List;

/** Which members a bulk action changed, and which it left as they were (schema RelationshipBulkResult). */
public record RelationshipBulkResult(List<Long> changed, List<Long> unchanged) {
}
