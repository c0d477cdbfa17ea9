package app.rapport.profiles;

import java.time.LocalDate;

/** One position of a career history (schema PositionResponse). */
public record PositionResponse(long id, String title, String company, LocalDate startDate, LocalDate endDate,
                               String description, boolean current) {

    static PositionResponse from(Position p) {
        return new PositionResponse(p.id, p.title, p.company, p.startDate, p.endDate, p.description, p.endDate == null);
    }
}
