package dev.preflight.runtime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The warnings Preflight logs (through {@code System.Logger}, which the JDK sends to
 * {@code java.util.logging}) while a test runs: {@link #start()} before, {@link #stop()} after. Shared
 * with the integration tests through the runtime's test-jar.
 */
public final class CapturedWarnings {
    private final Logger logger = Logger.getLogger("dev.preflight");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
            if (logRecord.getLevel().intValue() >= Level.WARNING.intValue()) {
                records.add(logRecord);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    public CapturedWarnings() {
    }

    public void start() {
        records.clear();
        logger.addHandler(handler);
    }

    public void stop() {
        logger.removeHandler(handler);
    }

    /** The warnings logged since {@link #start()}. */
    List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** Their messages. */
    public List<String> messages() {
        return records.stream().map(LogRecord::getMessage).toList();
    }
}
