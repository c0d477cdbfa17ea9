package app.rapport.common.replica;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a use case that only reads and may run on the read replica (feeds, search, profiles,
 * lists). {@link ReplicaRouting} decides per call: the replica when one is configured, reachable
 * and has replayed the member's last write; the primary otherwise. It must never write.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadReplica {
}
