package dev.parley.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small non-blocking HTTP/1.1 client for one server, made for the send phase: the JDK's {@code HttpClient} costs this
 * machine about a millisecond of CPU per request and opens a connection per request in flight, which is more than the
 * generator can afford at 3,000 requests per second on 2 cores.
 *
 * <p>One I/O thread runs a {@link Selector} over a pool of at most {@code connections} keep-alive connections. Each
 * connection carries one request at a time (no pipelining). A request that finds no free connection waits in a FIFO
 * queue inside the client, and its timeout runs from {@link #post} on, so the wait is part of its time. Connections
 * are opened lazily, as many as there are requests waiting for one, up to the pool size.
 *
 * <p>Responses are framed by {@code Content-Length}, by {@code Transfer-Encoding: chunked}, or by the end of the
 * connection. A connection the server closes ({@code Connection: close}, or end of stream) is dropped and, when
 * requests need it, replaced; only the request in flight on it fails. A request not answered within the timeout
 * fails with a {@link TimeoutException}, and its connection is closed rather than reused, so a late answer can never
 * be taken for the next request's. A connection attempt that fails fails the oldest waiting request with the
 * {@link ConnectException}, the way the JDK client fails a request whose connection cannot be made.
 */
final class KeepAliveHttpClient implements AutoCloseable {
    private static final long CONNECT_TIMEOUT_NANOS = 5_000_000_000L;
    private static final long SCAN_INTERVAL_NANOS = 10_000_000L;
    private static final int READ_BUFFER_BYTES = 64 * 1024;
    private static final int MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] CRLF_CRLF = {'\r', '\n', '\r', '\n'};

    /**
     * One HTTP answer.
     *
     * @param status the status code
     * @param body the body, decoded as UTF-8
     */
    record Response(int status, String body) {}

    private final InetSocketAddress address;
    private final String hostHeader;
    private final int maxConnections;
    private final long timeoutNanos;
    private final Selector selector;
    private final Thread ioThread;
    private final ConcurrentLinkedQueue<Request> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean wakeupPending = new AtomicBoolean();
    private final AtomicLong connectsStarted = new AtomicLong();
    private volatile boolean closed;

    // Owned by the I/O thread.
    private final ArrayDeque<Request> waiting = new ArrayDeque<>();
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private final List<Connection> connections = new ArrayList<>();
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(READ_BUFFER_BYTES);
    private final byte[] readBytes = new byte[READ_BUFFER_BYTES];
    private int connecting;
    private int busy;
    private long nextScan;

    /**
     * Starts the client's I/O thread; no connection is opened before the first request.
     *
     * @param host the server's host
     * @param port the server's port
     * @param connections most connections kept open to the server (1..65536)
     * @param timeout a request not answered this long after {@link #post} fails with a {@link TimeoutException}
     * @throws IOException when no selector can be opened
     */
    KeepAliveHttpClient(String host, int port, int connections, Duration timeout) throws IOException {
        if (connections < 1 || connections > 65_536) {
            throw new IllegalArgumentException("connections must be in 1..65536: " + connections);
        }
        this.address = new InetSocketAddress(host, port);
        this.hostHeader = (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
        this.maxConnections = connections;
        this.timeoutNanos = timeout.toNanos();
        this.selector = Selector.open();
        this.ioThread = new Thread(this::loop, "sendbench-io");
        ioThread.setDaemon(true);
        ioThread.start();
    }

    /**
     * Sends {@code POST target} with a JSON body on the next free connection, or queues it until one is free.
     *
     * @param target the request target: path and query, e.g. {@code /v4/openim/sendmsg?sdkappid=...}
     * @param json the body, sent as UTF-8 with {@code Content-Type: application/json}
     * @return completes with the answer, or exceptionally with a {@link TimeoutException}, an {@link IOException}
     *     (connection failed or closed before the whole answer came), or a {@link ConnectException}
     */
    CompletableFuture<Response> post(String target, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + target + " HTTP/1.1\r\nHost: " + hostHeader
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\nConnection: keep-alive\r\n\r\n";
        byte[] bytes = Arrays.copyOf(head.getBytes(StandardCharsets.ISO_8859_1), head.length() + body.length);
        System.arraycopy(body, 0, bytes, head.length(), body.length);
        Request r = new Request(bytes, System.nanoTime() + timeoutNanos);
        if (closed) {
            r.future.completeExceptionally(new IOException("client closed"));
            return r.future;
        }
        inbox.add(r);
        if (!wakeupPending.getAndSet(true)) {
            selector.wakeup();
        }
        if (closed && !ioThread.isAlive()) {
            // Closed while this was being added: the I/O thread may have gone without seeing it.
            for (Request left; (left = inbox.poll()) != null; ) {
                left.future.completeExceptionally(new IOException("client closed"));
            }
        }
        return r.future;
    }

    /** How many connections the client has started to open so far (for tests and reports). */
    long connectsStarted() {
        return connectsStarted.get();
    }

    /** Stops the I/O thread; requests still waiting or in flight fail with an {@link IOException}. */
    @Override
    public void close() {
        closed = true;
        selector.wakeup();
        try {
            ioThread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the I/O thread ----

    private void loop() {
        try {
            while (!closed) {
                wakeupPending.set(false);
                for (Request r; (r = inbox.poll()) != null; ) {
                    waiting.addLast(r);
                }
                long now = System.nanoTime();
                if (now - nextScan >= 0) {
                    expire(now);
                    nextScan = now + SCAN_INTERVAL_NANOS;
                }
                dispatch();
                long wait = 0; // 0 blocks until a wakeup: nothing can time out
                if (busy > 0 || connecting > 0 || !waiting.isEmpty()) {
                    wait = Math.max(1, (nextScan - System.nanoTime()) / 1_000_000);
                }
                selector.select(this::ready, wait);
            }
        } catch (IOException | ClosedSelectorException e) {
            closed = true;
        } finally {
            shutDown();
        }
    }

    /** Gives waiting requests to idle connections, then opens as many connections as requests still wait. */
    private void dispatch() {
        while (!waiting.isEmpty()) {
            Request r = waiting.peekFirst();
            if (r.future.isDone()) {
                waiting.pollFirst();
                continue;
            }
            Connection c = idle.pollFirst();
            if (c == null) {
                break;
            }
            waiting.pollFirst();
            c.start(r);
        }
        while (waiting.size() > connecting && connections.size() < maxConnections) {
            open();
        }
    }

    private void open() {
        connectsStarted.incrementAndGet();
        Connection c = null;
        try {
            SocketChannel channel = SocketChannel.open();
            c = new Connection(channel);
            connections.add(c);
            connecting++;
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            c.connectDeadline = System.nanoTime() + CONNECT_TIMEOUT_NANOS;
            c.key = channel.register(selector, SelectionKey.OP_CONNECT, c);
            if (channel.connect(address)) {
                c.finishConnect();
            }
        } catch (IOException e) {
            if (c != null) {
                c.drop();
            }
            connectFailed(e);
        }
    }

    /** A connection could not be made: the oldest waiting request fails with the reason. */
    private void connectFailed(IOException e) {
        while (!waiting.isEmpty()) {
            Request r = waiting.pollFirst();
            if (r.future.completeExceptionally(e)) {
                return;
            }
        }
    }

    /** Fails waiting and in-flight requests whose time is up, and connection attempts that take too long. */
    private void expire(long now) {
        while (!waiting.isEmpty()) {
            Request r = waiting.peekFirst();
            if (!r.future.isDone() && now - r.deadline < 0) {
                break;
            }
            waiting.pollFirst();
            r.future.completeExceptionally(timeout());
        }
        for (int i = connections.size() - 1; i >= 0; i--) {
            Connection c = connections.get(i);
            if (c.state == State.BUSY && now - c.request.deadline >= 0) {
                // Closed, never reused: its answer may still come, and must not be read as the next request's.
                c.fail(timeout());
            } else if (c.state == State.CONNECTING && now - c.connectDeadline >= 0) {
                c.drop();
                connectFailed(new ConnectException("connect timed out"));
            }
        }
    }

    private TimeoutException timeout() {
        return new TimeoutException(String.format(Locale.ROOT, "no answer in %.1f s", timeoutNanos / 1e9));
    }

    private void ready(SelectionKey key) {
        Connection c = (Connection) key.attachment();
        if (!key.isValid()) {
            return;
        }
        try {
            if (key.isConnectable()) {
                c.finishConnect();
                return;
            }
            if (key.isWritable()) {
                c.write();
            }
            if (key.isValid() && key.isReadable()) {
                c.read();
            }
        } catch (IOException | RuntimeException e) {
            if (c.state == State.CONNECTING) {
                c.drop();
                connectFailed(e instanceof IOException ? (IOException) e : new IOException(e));
            } else {
                c.fail(e);
            }
        }
    }

    private void shutDown() {
        IOException e = new IOException("client closed");
        for (Connection c : new ArrayList<>(connections)) {
            c.fail(e);
        }
        for (Request r; (r = inbox.poll()) != null; ) {
            waiting.addLast(r);
        }
        for (Request r : waiting) {
            r.future.completeExceptionally(e);
        }
        waiting.clear();
        try {
            selector.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    private enum State {
        CONNECTING,
        IDLE,
        BUSY,
        CLOSED
    }

    /** One request: its bytes on the wire, its deadline and its future. */
    private static final class Request {
        final byte[] bytes;
        final long deadline;
        final CompletableFuture<Response> future = new CompletableFuture<>();

        Request(byte[] bytes, long deadline) {
            this.bytes = bytes;
            this.deadline = deadline;
        }
    }

    /** One keep-alive connection and the answer it is reading. */
    private final class Connection {
        final SocketChannel channel;
        SelectionKey key;
        State state = State.CONNECTING;
        long connectDeadline;
        Request request;
        ByteBuffer out;
        /** The bytes of the answer read so far. */
        byte[] in = new byte[4096];

        int inLength;
        /** The answer's framing, once its head is complete ({@code headEnd > 0}). */
        int headEnd;

        int status;
        long contentLength;
        boolean chunked;
        boolean closeAfter;
        /** Chunked bodies: where the next chunk's size line starts, and the data of the chunks before it. */
        int chunkScan;

        byte[] chunkData = new byte[0];
        int chunkDataLength;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }

        void finishConnect() throws IOException {
            if (channel.finishConnect()) {
                connecting--;
                connected();
            }
        }

        /** Connected: reads from now on (an idle connection that becomes readable was closed by the server). */
        void connected() {
            state = State.IDLE;
            key.interestOps(SelectionKey.OP_READ);
            idle.addFirst(this);
        }

        void start(Request r) {
            state = State.BUSY;
            busy++;
            request = r;
            inLength = 0;
            headEnd = 0;
            out = ByteBuffer.wrap(r.bytes);
            try {
                write();
            } catch (IOException | RuntimeException e) {
                fail(e);
            }
        }

        void write() throws IOException {
            if (out == null) {
                key.interestOps(SelectionKey.OP_READ);
                return;
            }
            channel.write(out);
            if (out.hasRemaining()) {
                key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
            } else {
                if ((key.interestOps() & SelectionKey.OP_WRITE) != 0) {
                    key.interestOps(SelectionKey.OP_READ);
                }
                out = null;
            }
        }

        void read() throws IOException {
            int n;
            do {
                readBuffer.clear();
                n = channel.read(readBuffer);
                if (n < 0) {
                    endOfStream();
                    return;
                }
                if (state != State.BUSY) {
                    if (n > 0) {
                        drop(); // bytes nobody asked for: the connection cannot be trusted any more
                    }
                    return;
                }
                readBuffer.flip();
                append(n);
                if (!parse()) {
                    return;
                }
            } while (n == READ_BUFFER_BYTES);
        }

        private void append(int n) throws IOException {
            if (inLength + n > in.length) {
                if (inLength + n > MAX_RESPONSE_BYTES) {
                    throw new IOException("answer larger than " + MAX_RESPONSE_BYTES + " bytes");
                }
                in = Arrays.copyOf(in, Math.max(in.length * 2, inLength + n));
            }
            readBuffer.get(readBytes, 0, n);
            System.arraycopy(readBytes, 0, in, inLength, n);
            inLength += n;
        }

        /** The server ended the stream: an answer framed by the end of the connection is complete, anything else fails. */
        private void endOfStream() throws IOException {
            if (state == State.BUSY && headEnd > 0 && contentLength < 0 && !chunked) {
                Request r = request;
                byte[] body = Arrays.copyOfRange(in, headEnd, inLength);
                drop();
                r.future.complete(new Response(status, new String(body, StandardCharsets.UTF_8)));
                return;
            }
            if (state == State.BUSY) {
                throw new IOException("connection closed by the server before the whole answer");
            }
            drop();
        }

        /**
         * Parses what has been read; completes the request when its answer is whole.
         *
         * @return whether the connection is still reading the same answer
         */
        private boolean parse() throws IOException {
            while (headEnd == 0) {
                int end = indexOf(in, inLength, CRLF_CRLF, 0);
                if (end < 0) {
                    return true;
                }
                head(end + 4);
                if (status >= 100 && status < 200) {
                    // An interim answer (100 Continue): drop it, the real one follows.
                    System.arraycopy(in, headEnd, in, 0, inLength - headEnd);
                    inLength -= headEnd;
                    headEnd = 0;
                }
            }
            int end;
            byte[] body;
            if (status == 204 || status == 304) {
                end = headEnd;
                body = new byte[0];
            } else if (chunked) {
                end = dechunk();
                if (end < 0) {
                    return true;
                }
                body = Arrays.copyOf(chunkData, chunkDataLength);
            } else if (contentLength >= 0) {
                if (inLength - headEnd < contentLength) {
                    return true;
                }
                end = headEnd + (int) contentLength;
                body = Arrays.copyOfRange(in, headEnd, end);
            } else {
                return true; // framed by the end of the connection
            }
            Request r = request;
            // Reused only when the answer ended exactly where the read did and the whole request had gone out.
            if (!closeAfter && end == inLength && out == null) {
                request = null;
                busy--;
                state = State.IDLE;
                idle.addFirst(this);
            } else {
                drop(); // Connection: close, bytes no request asked for, or an answer before the whole request
            }
            r.future.complete(new Response(status, new String(body, StandardCharsets.UTF_8)));
            return false;
        }

        /** Reads the status line and the headers that frame the body. */
        private void head(int end) throws IOException {
            String head = new String(in, 0, end, StandardCharsets.ISO_8859_1);
            int lineEnd = head.indexOf("\r\n");
            String statusLine = head.substring(0, lineEnd);
            if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
                throw new IOException("not an HTTP/1.x status line: " + statusLine);
            }
            try {
                status = Integer.parseInt(statusLine.substring(9, 12));
            } catch (NumberFormatException e) {
                throw new IOException("bad status line: " + statusLine);
            }
            contentLength = -1;
            chunked = false;
            boolean http10 = statusLine.startsWith("HTTP/1.0");
            closeAfter = http10;
            for (int from = lineEnd + 2; from < end - 2; ) {
                int to = head.indexOf("\r\n", from);
                int colon = head.indexOf(':', from);
                if (colon > from && colon < to) {
                    String value = head.substring(colon + 1, to).trim().toLowerCase(Locale.ROOT);
                    if (head.regionMatches(true, from, "content-length", 0, colon - from) && colon - from == 14) {
                        try {
                            contentLength = Long.parseLong(value);
                        } catch (NumberFormatException e) {
                            throw new IOException("bad Content-Length: " + value);
                        }
                    } else if (colon - from == 17 && head.regionMatches(true, from, "transfer-encoding", 0, 17)) {
                        chunked = value.contains("chunked");
                    } else if (colon - from == 10 && head.regionMatches(true, from, "connection", 0, 10)) {
                        if (value.contains("close")) {
                            closeAfter = true;
                        } else if (value.contains("keep-alive")) {
                            closeAfter = false;
                        }
                    }
                }
                from = to + 2;
            }
            if (contentLength > MAX_RESPONSE_BYTES) {
                throw new IOException("answer larger than " + MAX_RESPONSE_BYTES + " bytes");
            }
            headEnd = end;
            chunkScan = end;
            chunkDataLength = 0;
        }

        /**
         * Decodes the chunks read since the last call into {@link #chunkData}.
         *
         * @return the offset just after the last chunk and its trailers, or -1 while the body is not complete
         */
        private int dechunk() throws IOException {
            while (true) {
                int lineEnd = indexOf(in, inLength, CRLF, chunkScan);
                if (lineEnd < 0) {
                    return -1;
                }
                int size = chunkSize(in, chunkScan, lineEnd);
                int data = lineEnd + 2;
                if (size == 0) {
                    // The last chunk, then trailer lines up to an empty line.
                    for (int pos = data; ; ) {
                        int trailerEnd = indexOf(in, inLength, CRLF, pos);
                        if (trailerEnd < 0) {
                            return -1;
                        }
                        if (trailerEnd == pos) {
                            return trailerEnd + 2;
                        }
                        pos = trailerEnd + 2;
                    }
                }
                if ((long) data + size + 2 > inLength) {
                    return -1;
                }
                if (in[data + size] != '\r' || in[data + size + 1] != '\n') {
                    throw new IOException("chunk not followed by CRLF");
                }
                if (chunkDataLength + size > chunkData.length) {
                    chunkData = Arrays.copyOf(chunkData, Math.max(chunkData.length * 2, chunkDataLength + size));
                }
                System.arraycopy(in, data, chunkData, chunkDataLength, size);
                chunkDataLength += size;
                chunkScan = data + size + 2;
            }
        }

        /** Fails the request in flight, if any, and closes the connection. */
        void fail(Throwable e) {
            Request r = request;
            drop();
            if (r != null) {
                r.future.completeExceptionally(e);
            }
        }

        /** Closes the connection and forgets it; a request in flight is left to the caller. */
        void drop() {
            if (state == State.CLOSED) {
                return;
            }
            if (state == State.CONNECTING) {
                connecting--;
            } else if (state == State.BUSY) {
                busy--;
            } else if (state == State.IDLE) {
                idle.remove(this);
            }
            state = State.CLOSED;
            request = null;
            connections.remove(this);
            if (key != null) {
                key.cancel();
            }
            closeQuietly(channel);
        }
    }

    /** The hexadecimal size at the start of a chunk line, before any {@code ;extension}. */
    private static int chunkSize(byte[] in, int from, int to) throws IOException {
        long size = 0;
        int digits = 0;
        for (int i = from; i < to; i++) {
            int d = Character.digit(in[i], 16);
            if (d < 0) {
                if (in[i] == ';' || in[i] == ' ' || in[i] == '\t') {
                    break;
                }
                throw new IOException("bad chunk size line");
            }
            size = size * 16 + d;
            digits++;
            if (size > MAX_RESPONSE_BYTES) {
                throw new IOException("chunk larger than " + MAX_RESPONSE_BYTES + " bytes");
            }
        }
        if (digits == 0) {
            throw new IOException("bad chunk size line");
        }
        return (int) size;
    }

    /** The first index of {@code needle} in {@code in[from..length)}, or -1. */
    private static int indexOf(byte[] in, int length, byte[] needle, int from) {
        outer:
        for (int i = from; i <= length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (in[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
