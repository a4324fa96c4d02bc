package io.gatehouse.tenancy;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Keeps the tenant bound by {@link TenantJdbc} from being replaced: a statement that tries to set the
 * {@code tenant} parameter itself, or to swap in a whole parameter source that could carry it, is refused before
 * it runs. Chained calls return the guard, so every later parameter is checked too. Written out rather than a
 * reflective proxy: every statement of every request goes through it (decisions §38).
 */
final class TenantGuard implements JdbcClient.StatementSpec {

    static final String PARAMETER = "tenant";

    private final JdbcClient.StatementSpec target;

    private TenantGuard(JdbcClient.StatementSpec target) {
        this.target = target;
    }

    static JdbcClient.StatementSpec guard(JdbcClient.StatementSpec spec) {
        return new TenantGuard(spec);
    }

    private static IllegalArgumentException refused() {
        return new IllegalArgumentException("The tenant parameter is bound from the current tenant only");
    }

    @Override
    public JdbcClient.StatementSpec param(String name, Object value) {
        if (PARAMETER.equals(name)) {
            throw refused();
        }
        target.param(name, value);
        return this;
    }

    @Override
    public JdbcClient.StatementSpec param(String name, Object value, int sqlType) {
        if (PARAMETER.equals(name)) {
            throw refused();
        }
        target.param(name, value, sqlType);
        return this;
    }

    @Override
    public JdbcClient.StatementSpec params(Map<String, ?> paramMap) {
        if (paramMap.containsKey(PARAMETER)) {
            throw refused();
        }
        target.params(paramMap);
        return this;
    }

    /** Only a source that can say what it holds: a bean's properties could name the tenant unseen. */
    @Override
    public JdbcClient.StatementSpec paramSource(Object namedParamObject) {
        if (!(namedParamObject instanceof SqlParameterSource source)) {
            throw refused();
        }
        return paramSource(source);
    }

    @Override
    public JdbcClient.StatementSpec paramSource(SqlParameterSource namedParamSource) {
        if (namedParamSource.hasValue(PARAMETER)) {
            throw refused();
        }
        target.paramSource(namedParamSource);
        return this;
    }

    // Positional parameters cannot name the tenant; statement settings do not touch parameters.

    @Override
    public JdbcClient.StatementSpec param(Object value) {
        target.param(value);
        return this;
    }

    @Override
    public JdbcClient.StatementSpec param(int jdbcIndex, Object value) {
        target.param(jdbcIndex, value);
        return this;
    }

    @Override
    public JdbcClient.StatementSpec param(int jdbcIndex, Object value, int sqlType) {
        target.param(jdbcIndex, value, sqlType);
        return this;
    }

    @Override
    public JdbcClient.StatementSpec params(Object... values) {
        target.params(values);
        return this;
    }

    @Override
    public JdbcClient.StatementSpec params(List<?> values) {
        target.params(values);
        return this;
    }

    @Override
    public JdbcClient.StatementSpec withFetchSize(int fetchSize) {
        target.withFetchSize(fetchSize);
        return this;
    }

    @Override
    public JdbcClient.StatementSpec withMaxRows(int maxRows) {
        target.withMaxRows(maxRows);
        return this;
    }

    @Override
    public JdbcClient.StatementSpec withQueryTimeout(int queryTimeout) {
        target.withQueryTimeout(queryTimeout);
        return this;
    }

    @Override
    public JdbcClient.ResultQuerySpec query() {
        return target.query();
    }

    @Override
    public <T> JdbcClient.MappedQuerySpec<T> query(Class<T> mappedClass) {
        return target.query(mappedClass);
    }

    @Override
    public <T> JdbcClient.MappedQuerySpec<T> query(RowMapper<T> rowMapper) {
        return target.query(rowMapper);
    }

    @Override
    public void query(RowCallbackHandler rch) {
        target.query(rch);
    }

    @Override
    public <T> T query(ResultSetExtractor<T> rse) {
        return target.query(rse);
    }

    @Override
    public int update() {
        return target.update();
    }

    @Override
    public int update(KeyHolder generatedKeyHolder) {
        return target.update(generatedKeyHolder);
    }

    @Override
    public int update(KeyHolder generatedKeyHolder, String... keyColumnNames) {
        return target.update(generatedKeyHolder, keyColumnNames);
    }
}
