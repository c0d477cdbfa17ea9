package app.rapport.common;

/**
 * One section of a member's data export ({@code GET /api/me/export}), contributed by the feature
 * that owns the data: each feature declares an {@code @ApplicationScoped} bean, and the export
 * collects every one of them, so a new feature adds its section without touching the others.
 * The section's shape is documented under the same name in the {@code AccountExport} schema.
 */
public interface ExportSection {

    /** The key of this section in the export document, e.g. {@code "posts"}; unique. */
    String name();

    /** Everything of the member's this feature holds, as JSON-ready records, lists and maps. */
    Object export(long memberId);
}
