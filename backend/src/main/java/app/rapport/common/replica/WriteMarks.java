package app.rapport.common.replica;

import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Members who wrote in this request without being its signed-in member (sign-up creates the
 * member it then reads as); {@link WriteMarkFilter} records their positions with the caller's.
 */
@RequestScoped
public class WriteMarks {

    private final Set<Long> members = new LinkedHashSet<>();

    public void wrote(long memberId) {
        members.add(memberId);
    }

    Set<Long> members() {
        return members;
    }
}
