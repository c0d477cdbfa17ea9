package app.rapport.imports;

import app.rapport.common.CurrentMember;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Import my network: your uploaded contacts files, their matches, and following them. */
@Path("/api/me/network-imports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class NetworkImportResource {

    static final String TEXT_CSV = "text/csv";

    private final NetworkImportService imports;
    private final CurrentMember me;

    public NetworkImportResource(NetworkImportService imports, CurrentMember me) {
        this.imports = imports;
        this.me = me;
    }

    @POST
    @Consumes(TEXT_CSV)
    public Response importNetwork(@QueryParam("fileName") String fileName, byte[] file) {
        if (fileName != null && (fileName.isBlank() || fileName.length() > 255)) {
            throw ProblemException.invalidField("fileName", "must be 1 to 255 characters");
        }
        NetworkImportService.Upload upload = imports.upload(me.id(), file == null ? new byte[0] : file, fileName);
        return (upload.created() ? Response.created(URI.create("/api/me/network-imports/" + upload.response().id()))
                : Response.ok()).entity(upload.response()).build();
    }

    @GET
    public Page<NetworkImportResponse> listNetworkImports(@QueryParam("cursor") String cursor,
                                                          @QueryParam("limit") String limit) {
        return imports.list(me.id(), PageRequest.of(cursor, limit));
    }

    @GET
    @Path("/{importId}")
    public NetworkImportResponse getNetworkImport(@PathParam("importId") long importId) {
        return imports.get(me.id(), importId);
    }

    @DELETE
    @Path("/{importId}")
    public void deleteNetworkImport(@PathParam("importId") long importId) {
        imports.delete(me.id(), importId);
    }

    @GET
    @Path("/{importId}/rows")
    public Page<NetworkImportRowResponse> listNetworkImportRows(@PathParam("importId") long importId,
                                                                @QueryParam("status") String status,
                                                                @QueryParam("cursor") String cursor,
                                                                @QueryParam("limit") String limit) {
        return imports.rows(me.id(), importId, status(status), PageRequest.of(cursor, limit));
    }

    @POST
    @Path("/{importId}/rows/{rowId}/dismiss")
    public NetworkImportRowResponse dismissImportMatch(@PathParam("importId") long importId,
                                                       @PathParam("rowId") long rowId) {
        return imports.dismiss(me.id(), importId, rowId);
    }

    @POST
    @Path("/{importId}/follow")
    @Consumes(MediaType.APPLICATION_JSON)
    public FollowImportedMembersResult followImportedMembers(@PathParam("importId") long importId,
                                                             @Valid @NotNull FollowImportedMembersRequest request) {
        return imports.follow(me.id(), importId, request);
    }

    private static ImportRowStatus status(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return ImportRowStatus.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "must be one of " + Arrays.stream(ImportRowStatus.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
