package io.gatehouse.bench;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Replaces the request log's store (the bean {@code jdbcRequestLogStore}) with one that keeps nothing: the writer
 * batches entries as in production and hands them to a store that drops them. The store's interface is internal
 * to its module, so the stand-in is a proxy of the interfaces the product's store implements.
 */
class UnstoredRequestLog implements BeanPostProcessor, SmartInitializingSingleton {

    static final String STORE = "jdbcRequestLogStore";

    private boolean replaced;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!STORE.equals(beanName)) {
            return bean;
        }
        // inserts drop their rows; purges find nothing
        Object standIn = standIn(bean, "request-log store that keeps nothing (bench-log-unstored)",
                (method, args) -> method.getReturnType() == int.class ? 0 : null);
        replaced = standIn != null;
        return replaced ? standIn : bean;
    }

    /** What a stand-in store does with a call of the product store's interfaces. */
    interface StoreCalls {
        Object call(Method method, Object[] args) throws Throwable;
    }

    /**
     * A proxy of the product store's own interfaces that answers them by {@code calls}, or null when the bean has
     * none (renamed or replaced: the caller then refuses to start).
     */
    static Object standIn(Object store, String description, StoreCalls calls) {
        Class<?>[] ports = Arrays.stream(ClassUtils.getAllInterfaces(store))
                .filter(type -> type.getName().startsWith("io.gatehouse."))
                .toArray(Class<?>[]::new);
        if (ports.length == 0) {
            return null;
        }
        return Proxy.newProxyInstance(ports[0].getClassLoader(), ports, (proxy, method, args) ->
                switch (method.getName()) {
                    case "toString" -> description;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> calls.call(method, args);
                });
    }

    /** A renamed store would leave the log storing its rows, and the benchmark would measure the wrong thing. */
    @Override
    public void afterSingletonsInstantiated() {
        if (!replaced) {
            throw new IllegalStateException("bench-log-unstored found no '" + STORE + "' bean to replace");
        }
    }
}
