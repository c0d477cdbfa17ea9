package app.rapport.common.replica;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.customized.QuarkusConnectionProvider;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/**
 * Hibernate's datasource per session: Rapport has one schema and two copies of it, so the
 * "tenants" are the primary (the default datasource) and the replica (datasource "replica"),
 * chosen by {@link ReplicaRouting} when a session opens. Hibernate needs an active request
 * context to ask: work outside requests (start-up observers, own threads) activates one.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class ReplicaTenant implements TenantResolver, TenantConnectionResolver {

    static final String PRIMARY = "primary";
    static final String REPLICA = "replica";

    private final AgroalDataSource primary;
    private final Instance<AgroalDataSource> replica;

    public ReplicaTenant(AgroalDataSource primary, @DataSource("replica") Instance<AgroalDataSource> replica) {
        this.primary = primary;
        this.replica = replica;
    }

    @Override
    public String getDefaultTenantId() {
        return PRIMARY;
    }

    @Override
    public String resolveTenantId() {
        return ReplicaRouting.onReplica() ? REPLICA : PRIMARY;
    }

    /** The datasource the current use case reads from: the replica inside a routed call, else the primary. */
    public AgroalDataSource current() {
        return dataSource(resolveTenantId());
    }

    @Override
    public ConnectionProvider resolve(String tenantId) {
        return new QuarkusConnectionProvider(dataSource(tenantId));
    }

    private AgroalDataSource dataSource(String tenantId) {
        return REPLICA.equals(tenantId) ? replica.get() : primary;
    }
}
