package io.gatehouse.requestlog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/** Replays one spill file into the database, in batches, and deletes it once every batch is stored. */
final class SpoolReader {

    private static final Logger log = LoggerFactory.getLogger(SpoolReader.class);

    /**
     * Hands the file's entries to the sink in batches, then deletes the file. Answers {@code false}, leaving the
     * file, when it is locked (still being written, or replayed by another process), or when {@code goOn} says
     * stop between batches. An exception of the sink (the database is down) leaves the file as well: replaying
     * it again is harmless, since entries already stored are skipped. A line that cannot be read (cut off by a
     * kill in the middle of an append) is skipped.
     */
    boolean replay(Path file, int batchSize, Consumer<List<RequestLogEntry>> sink, BooleanSupplier goOn) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel)) {
            if (lock == null) {
                return false;
            }
            BufferedReader reader = new BufferedReader(Channels.newReader(channel, StandardCharsets.UTF_8));
            List<RequestLogEntry> batch = new ArrayList<>(batchSize);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                RequestLogEntry entry = parse(file, line);
                if (entry != null) {
                    batch.add(entry);
                }
                if (batch.size() == batchSize && !hand(batch, sink, goOn)) {
                    return false;
                }
            }
            if (!batch.isEmpty() && !hand(batch, sink, goOn)) {
                return false;
            }
            Files.deleteIfExists(file); // while still locked, so no other replay starts on it
            return true;
        }
        catch (NoSuchFileException ex) {
            return false; // replayed and deleted by another process meanwhile
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not replay the request-log spill file " + file, ex);
        }
    }

    private static boolean hand(List<RequestLogEntry> batch, Consumer<List<RequestLogEntry>> sink,
            BooleanSupplier goOn) {
        if (!goOn.getAsBoolean()) {
            return false;
        }
        sink.accept(List.copyOf(batch));
        batch.clear();
        return true;
    }

    private static RequestLogEntry parse(Path file, String line) {
        if (line.isBlank()) {
            return null;
        }
        try {
            return SpoolFiles.JSON.readValue(line, RequestLogEntry.class);
        }
        catch (JacksonException ex) {
            log.warn("Skipped an unreadable line of the request-log spill file {}", file.getFileName());
            return null;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        }
        catch (OverlappingFileLockException ex) {
            return null; // held by this process: the file is still open for appends
        }
    }
}
