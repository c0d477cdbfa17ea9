package app.rapport.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One uploaded contacts file of a member; its people are rows of network_import_rows. */
@Entity
@Table(name = "network_imports")
public class NetworkImport {

    @Id
    public Long id;

    @Column(name = "owner_id", nullable = false)
    public Long ownerId;

    @Column(name = "file_sha256", nullable = false, length = 64, columnDefinition = "bpchar(64)")
    public String fileSha256;

    @Column(name = "file_name", length = 255)
    public String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ImportFormat format;

    @Column(name = "row_count", nullable = false)
    public int rowCount;

    @Column(name = "skipped_count", nullable = false)
    public int skippedCount;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
