package io.gatehouse.requestlog;

/**
 * Takes entries off the request thread. {@link #accept} never blocks on the database and never throws: a
 * request is answered the same whether or not its entry could be written yet.
 */
public interface RequestLogWriter {

    void accept(RequestLogEntry entry);
}
