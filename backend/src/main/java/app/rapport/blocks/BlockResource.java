package app.rapport.blocks;

import app.rapport.common.CurrentMember;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.network.NetworkMemberResponse;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Members the signed-in member blocked. */
@Path("/api/me/blocks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class BlockResource {

    private final BlockService blocks;
    private final CurrentMember me;

    public BlockResource(BlockService blocks, CurrentMember me) {
        this.blocks = blocks;
        this.me = me;
    }

    @GET
    public Page<NetworkMemberResponse> listBlocks(@QueryParam("cursor") String cursor,
                                                  @QueryParam("limit") String limit) {
        return blocks.list(me.id(), PageRequest.of(cursor, limit));
    }

    @PUT
    @Path("/{memberId}")
    public void blockMember(@PathParam("memberId") long memberId) {
        blocks.block(me.id(), memberId);
    }

    @DELETE
    @Path("/{memberId}")
    public void unblockMember(@PathParam("memberId") long memberId) {
        blocks.unblock(me.id(), memberId);
    }
}
