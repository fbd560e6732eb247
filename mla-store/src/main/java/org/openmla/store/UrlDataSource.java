package org.openmla.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A data source that opens a new connection through {@link DriverManager} each time; for small deployments and tools. */
final class UrlDataSource implements DataSource {
    private final String url;
    private final Properties credentials = new Properties();

    UrlDataSource(String url, String user, String password) {
        this.url = Objects.requireNonNull(url, "jdbcUrl");
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
    }

    /** @return the URL without its parameters and user information, which may hold credentials: safe for messages */
    static String redact(String url) {
        String out = url;
        int cut = out.length();
        for (char c : new char[] {'?', ';', '&'}) {
            int i = out.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        out = out.substring(0, cut);
        int scheme = out.indexOf("//");
        int at = out.indexOf('@');
        if (scheme >= 0 && at > scheme) {
            out = out.substring(0, scheme + 2) + out.substring(at + 1);
        }
        return out;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url, credentials);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }

    @Override
    public String toString() {
        return "UrlDataSource[" + redact(url) + "]";
    }
}
