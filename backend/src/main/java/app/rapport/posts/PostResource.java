package app.rapport.posts;

import app.rapport.common.CurrentMember;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.idempotency.Idempotent;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Posts, their likes, reshares and comments. */
@Path("/api/posts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostResource {

    private final PostService posts;
    private final CurrentMember me;

    public PostResource(PostService posts, CurrentMember me) {
        this.posts = posts;
        this.me = me;
    }

    @POST
    @Idempotent
    public Response createPost(@Valid @NotNull CreatePostRequest request) {
        return Response.status(Response.Status.CREATED).entity(posts.create(me.id(), request)).build();
    }

    @GET
    @Path("/{postId}")
    public PostResponse getPost(@PathParam("postId") long postId) {
        return posts.get(me.id(), postId);
    }

    @PATCH
    @Path("/{postId}")
    public PostResponse updatePost(@PathParam("postId") long postId, @Valid @NotNull UpdatePostRequest request) {
        return posts.update(me.id(), postId, request);
    }

    @DELETE
    @Path("/{postId}")
    public void deletePost(@PathParam("postId") long postId) {
        posts.delete(me.id(), postId);
    }

    @POST
    @Path("/{postId}/like")
    @Consumes(MediaType.WILDCARD)
    public PostResponse likePost(@PathParam("postId") long postId) {
        return posts.like(me.id(), postId);
    }

    @POST
    @Path("/{postId}/unlike")
    @Consumes(MediaType.WILDCARD)
    public PostResponse unlikePost(@PathParam("postId") long postId) {
        return posts.unlike(me.id(), postId);
    }

    @POST
    @Path("/{postId}/reshare")
    @Idempotent
    public Response resharePost(@PathParam("postId") long postId, @Valid ResharePostRequest request) {
        return Response.status(Response.Status.CREATED).entity(posts.reshare(me.id(), postId, request)).build();
    }

    @GET
    @Path("/{postId}/comments")
    public Page<CommentResponse> listComments(@PathParam("postId") long postId, @QueryParam("cursor") String cursor,
                                              @QueryParam("limit") String limit) {
        return posts.comments(me.id(), postId, PageRequest.of(cursor, limit));
    }

    @POST
    @Path("/{postId}/comments")
    @Idempotent
    public Response addComment(@PathParam("postId") long postId, @Valid @NotNull CreateCommentRequest request) {
        return Response.status(Response.Status.CREATED).entity(posts.addComment(me.id(), postId, request)).build();
    }

    @DELETE
    @Path("/{postId}/comments/{commentId}")
    public void deleteComment(@PathParam("postId") long postId, @PathParam("commentId") long commentId) {
        posts.deleteComment(me.id(), postId, commentId);
    }
}
