package app.rapport.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * An import with where its people stand (schema NetworkImportResponse). {@code skippedLines}
 * (the first few lines left out) is only known when the file is uploaded, empty otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkImportResponse(long id, String fileName, ImportFormat format, Instant createdAt, int rowCount,
                                    long matchedCount, long ambiguousCount, long unmatchedCount, long dismissedCount,
                                    long followingCount, int skippedCount, List<SkippedLine> skippedLines) {
}
