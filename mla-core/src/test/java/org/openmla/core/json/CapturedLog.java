package org.openmla.core.json;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Test-only logging backend: every SLF4J line of the mla-core tests, at every level, is kept in memory so that a
 * test can assert what was logged; warnings and errors are also printed. {@link #julHandler()} captures
 * java.util.logging too (Hibernate Validator logs there).
 */
public final class CapturedLog {
    private static final int MAX_LINES = 10_000;
    private static final Deque<String> LINES = new ConcurrentLinkedDeque<>();

    private CapturedLog() {}

    /** @return the lines captured so far, oldest first */
    public static List<String> lines() {
        return new ArrayList<>(LINES);
    }

    public static void clear() {
        LINES.clear();
    }

    static void add(String line) {
        LINES.addLast(line);
        while (LINES.size() > MAX_LINES) {
            LINES.pollFirst();
        }
    }

    /** @return a java.util.logging handler that adds to the captured lines */
    public static Handler julHandler() {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getParameters() == null ? record.getMessage()
                        : java.text.MessageFormat.format(record.getMessage(), record.getParameters());
                add("JUL " + record.getLevel() + " " + record.getLoggerName() + " " + message
                        + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
    }

    /** The SLF4J 2 provider, registered in {@code META-INF/services}. */
    public static final class Provider implements SLF4JServiceProvider {
        private final ILoggerFactory loggers = CapturingLogger::new;
        private final IMarkerFactory markers = new BasicMarkerFactory();
        private final MDCAdapter mdc = new BasicMDCAdapter();

        @Override
        public ILoggerFactory getLoggerFactory() {
            return loggers;
        }

        @Override
        public IMarkerFactory getMarkerFactory() {
            return markers;
        }

        @Override
        public MDCAdapter getMDCAdapter() {
            return mdc;
        }

        @Override
        public String getRequestedApiVersion() {
            return "2.0.99";
        }

        @Override
        public void initialize() {}
    }

    private static final class CapturingLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;

        CapturingLogger(String name) {
            this.name = name;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments, Throwable thrown) {
            String line = level + " " + name + " " + MessageFormatter.basicArrayFormat(pattern, arguments)
                    + (thrown == null ? "" : " " + thrown);
            add(line);
            if (level == Level.WARN || level == Level.ERROR) {
                System.err.println(line);
            }
        }

        @Override
        public boolean isTraceEnabled() {
            return true;
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }
    }
}
