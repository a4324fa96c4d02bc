package io.gatehouse.tenancy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the tenant bound by {@link TenantJdbc} from being replaced: a statement that tries to set the
 * {@code tenant} parameter itself, or to swap in a whole parameter source, is refused before it runs.
 */
final class TenantGuard implements InvocationHandler {

    static final String PARAMETER = "tenant";

    private final JdbcClient.StatementSpec target;
    private JdbcClient.StatementSpec proxy;

    private TenantGuard(JdbcClient.StatementSpec target) {
        this.target = target;
    }

    static JdbcClient.StatementSpec guard(JdbcClient.StatementSpec spec) {
        TenantGuard guard = new TenantGuard(spec);
        guard.proxy = (JdbcClient.StatementSpec) Proxy.newProxyInstance(TenantGuard.class.getClassLoader(),
                new Class<?>[] { JdbcClient.StatementSpec.class }, guard);
        return guard.proxy;
    }

    @Override
    public Object invoke(Object self, Method method, Object[] args) throws Throwable {
        refuseTenantOverride(method, args);
        Object result;
        try {
            result = method.invoke(target, args);
        }
        catch (InvocationTargetException ex) {
            throw ex.getCause();
        }
        // Chained calls keep going through the guard.
        return result == target ? proxy : result;
    }

    private static void refuseTenantOverride(Method method, Object[] args) {
        String name = method.getName();
        boolean overrides = switch (name) {
            case "param" -> args.length >= 2 && PARAMETER.equals(args[0]);
            case "params" -> args.length == 1 && args[0] instanceof Map<?, ?> map && map.containsKey(PARAMETER);
            case "paramSource" -> args.length == 1 && (!(args[0] instanceof SqlParameterSource source)
                    || source.hasValue(PARAMETER));
            default -> false;
        };
        if (overrides) {
            throw new IllegalArgumentException("The tenant parameter is bound from the current tenant only");
        }
    }
}
