package org.supplierportal.tenancy.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.supplierportal.tenancy.AccessScope;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * The second line of tenant isolation: at the start of every transaction, tells PostgreSQL which tenant the
 * transaction acts for, so the row-level security policies apply to every statement on that connection, native SQL
 * included. The settings are transaction-local ({@code set_config(.., true)}), so a pooled connection never carries
 * one user's tenant into another's transaction. Outside a transaction nothing is set and the policies show nothing.
 */
class TenantScopedTransactionManager extends JpaTransactionManager {

    private static final String SET_SCOPE = "select set_config('app.tenant', ?, true), set_config('app.all_tenants', ?, true)";

    private final transient CurrentUsers currentUsers;

    TenantScopedTransactionManager(EntityManagerFactory entityManagerFactory, CurrentUsers currentUsers) {
        super(entityManagerFactory);
        this.currentUsers = currentUsers;
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        DataSource dataSource = getDataSource();
        ConnectionHolder holder = dataSource == null ? null
                : (ConnectionHolder) TransactionSynchronizationManager.getResource(dataSource);
        if (holder == null) {
            throw new TransactionSystemException("no JDBC connection bound to the transaction; cannot apply the tenant scope");
        }
        applyScope(holder.getConnection(), currentUsers.scope());
    }

    static void applyScope(Connection connection, AccessScope scope) {
        String tenant = scope instanceof AccessScope.SingleTenant single ? single.tenantId().toString() : "";
        String allTenants = scope instanceof AccessScope.AllTenants ? "on" : "off";
        try (PreparedStatement statement = connection.prepareStatement(SET_SCOPE)) {
            statement.setString(1, tenant);
            statement.setString(2, allTenants);
            statement.execute();
        } catch (SQLException e) {
            throw new TransactionSystemException("could not apply the tenant scope to the transaction", e);
        }
    }
}
