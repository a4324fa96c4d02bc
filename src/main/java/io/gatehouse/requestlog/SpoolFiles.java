package io.gatehouse.requestlog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The spill files: entries that could not stay in memory or reach the database, one JSON object per line.
 * Appends go to this process's open file and are flushed to the operating system at once, so they survive the
 * process being killed. The open file is locked, so no replay (of this process or another) reads it before it
 * is rolled; the operating system releases the lock when the process dies. {@link SpoolReader} replays them.
 */
final class SpoolFiles {

    /** Lenient on unknown fields, so files written by another version of Gatehouse still replay. */
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final Logger log = LoggerFactory.getLogger(SpoolFiles.class);
    private static final String SUFFIX = ".jsonl";

    private final Path dir;
    private FileChannel channel;
    private Writer writer;
    private long sequence;

    SpoolFiles(Path dir) {
        this.dir = dir;
    }

    /** Appends the entries to the open spill file; throws when the disk refuses them. */
    void append(List<RequestLogEntry> entries) {
        StringBuilder lines = new StringBuilder(entries.size() * 512);
        for (RequestLogEntry entry : entries) {
            lines.append(JSON.writeValueAsString(entry)).append('\n'); // outside the lock: request threads spill too
        }
        write(lines.toString());
    }

    private synchronized void write(String lines) {
        try {
            if (writer == null) {
                open();
            }
            writer.write(lines);
            writer.flush();
        }
        catch (IOException ex) {
            roll(); // the next append starts a new file rather than continue a damaged one
            throw new UncheckedIOException("Could not spill request-log entries to " + dir, ex);
        }
    }

    /** Closes the open file, so that it can be replayed; the next append starts a new one. */
    synchronized void roll() {
        if (channel == null) {
            return;
        }
        try {
            writer.close();
        }
        catch (IOException ex) {
            log.warn("Could not close the request-log spill file: {}", ex.getMessage());
            closeQuietly(channel); // releases the lock all the same
        }
        channel = null;
        writer = null;
    }

    /** The spill files in the order they were started (their names begin with the time). */
    List<Path> files() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    long bytes() {
        return files().stream().mapToLong(SpoolFiles::size).sum();
    }

    private void open() throws IOException {
        Files.createDirectories(dir);
        // The time first, so that the files sort in the order they were started; the random part keeps
        // processes apart.
        Path file = dir.resolve(String.format("spill-%013d-%s-%06d%s", System.currentTimeMillis(),
                UUID.randomUUID().toString().substring(0, 8), sequence++, SUFFIX));
        FileChannel opened = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            opened.lock(); // released when the channel is closed
        }
        catch (IOException | RuntimeException ex) {
            closeQuietly(opened);
            throw ex;
        }
        channel = opened;
        writer = Channels.newWriter(opened, StandardCharsets.UTF_8);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        }
        catch (IOException ex) {
            log.warn("Could not close the request-log spill file: {}", ex.getMessage());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        }
        catch (IOException ex) {
            return 0; // replayed and deleted meanwhile
        }
    }
}
