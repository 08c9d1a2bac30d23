package dev.parley.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The send phase's HTTP client against in-process servers; nothing here asserts how fast anything is. */
class KeepAliveHttpClientTest {
    private static final long WAIT_SECONDS = 30;

    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
    }

    @Test
    void should_answer_many_concurrent_requests_with_their_own_bodies_over_few_connections() throws Exception {
        // The JDK server writes the head and the body separately; without this, Nagle waits for the client's delayed
        // ACK between the two on every answer.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        server.setExecutor(pool);
        server.createContext("/", exchange -> {
            clientPorts.add(exchange.getRemoteAddress().getPort());
            byte[] request = exchange.getRequestBody().readAllBytes();
            String answer = "{\"echo\":" + new String(request, StandardCharsets.UTF_8) + ",\"type\":\""
                    + exchange.getRequestHeaders().getFirst("Content-Type") + "\",\"target\":\""
                    + exchange.getRequestURI() + "\"}";
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        resources.add(pool::shutdownNow);
        resources.add(() -> server.stop(0));
        KeepAliveHttpClient client = client(server.getAddress().getPort(), 4, Duration.ofSeconds(WAIT_SECONDS));

        List<CompletableFuture<KeepAliveHttpClient.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            answers.add(client.post("/v4/openim/sendmsg?random=" + i, "{\"n\":" + i + ",\"text\":\"héllo\"}"));
        }

        for (int i = 0; i < answers.size(); i++) {
            KeepAliveHttpClient.Response r = answers.get(i).get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body())
                    .isEqualTo("{\"echo\":{\"n\":" + i + ",\"text\":\"héllo\"},\"type\":\"application/json\","
                            + "\"target\":\"/v4/openim/sendmsg?random=" + i + "\"}");
        }
        assertThat(clientPorts).hasSizeLessThanOrEqualTo(4);
        assertThat(client.connectsStarted()).isLessThanOrEqualTo(4);
    }

    @Test
    void should_decode_chunked_answers_even_when_they_arrive_in_pieces() throws Exception {
        RawServer server = raw((request, out) -> {
            String body = request.body;
            // Every chunk in its own write, with a chunk extension and a trailer, as a server may send them.
            write(out, "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            int step = body.length() > 1_000 ? 5_000 : 7;
            for (int from = 0; from < body.length(); from += step) {
                byte[] chunk = body.substring(from, Math.min(body.length(), from + step))
                        .getBytes(StandardCharsets.UTF_8);
                write(out, Integer.toHexString(chunk.length) + (from == 0 ? ";ext=1" : "") + "\r\n");
                out.write(chunk);
                out.flush();
                write(out, "\r\n");
            }
            write(out, "0\r\nX-Trailer: yes\r\n\r\n");
            return true;
        });
        KeepAliveHttpClient client = client(server.port(), 2, Duration.ofSeconds(WAIT_SECONDS));
        String large = "x".repeat(200_000);

        List<CompletableFuture<KeepAliveHttpClient.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(client.post("/c", "{\"chunked\":" + i + "}"));
        }
        CompletableFuture<KeepAliveHttpClient.Response> big = client.post("/c", large);

        for (int i = 0; i < answers.size(); i++) {
            KeepAliveHttpClient.Response r = answers.get(i).get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(r.status()).isEqualTo(201);
            assertThat(r.body()).isEqualTo("{\"chunked\":" + i + "}");
        }
        assertThat(big.get(WAIT_SECONDS, TimeUnit.SECONDS).body()).isEqualTo(large);
        assertThat(server.connections.get()).isLessThanOrEqualTo(2); // chunked answers keep the connection
    }

    @Test
    void should_reconnect_when_the_server_closes_after_each_answer() throws Exception {
        RawServer server = raw((request, out) -> {
            byte[] body = ("ok " + request.body).getBytes(StandardCharsets.UTF_8);
            write(out, "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n\r\n");
            out.write(body);
            out.flush();
            return false; // then close
        });
        KeepAliveHttpClient client = client(server.port(), 3, Duration.ofSeconds(WAIT_SECONDS));

        List<CompletableFuture<KeepAliveHttpClient.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            answers.add(client.post("/close", "r" + i));
        }

        for (int i = 0; i < answers.size(); i++) {
            assertThat(answers.get(i).get(WAIT_SECONDS, TimeUnit.SECONDS).body())
                    .isEqualTo("ok r" + i);
        }
        assertThat(server.connections.get()).isEqualTo(30); // one connection per answer, each one replaced
        assertThat(client.connectsStarted()).isEqualTo(30);
    }

    @Test
    void should_fail_only_the_request_in_flight_when_the_server_hangs_up_without_an_answer() throws Exception {
        RawServer server = raw((request, out) -> {
            if (request.body.equals("drop")) {
                write(out, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial");
                return false; // end of stream in the middle of the answer
            }
            byte[] body = request.body.getBytes(StandardCharsets.UTF_8);
            write(out, "HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\n\r\n");
            out.write(body);
            out.flush();
            return true;
        });
        KeepAliveHttpClient client = client(server.port(), 1, Duration.ofSeconds(WAIT_SECONDS));

        CompletableFuture<KeepAliveHttpClient.Response> before = client.post("/", "before");
        CompletableFuture<KeepAliveHttpClient.Response> dropped = client.post("/", "drop");
        CompletableFuture<KeepAliveHttpClient.Response> after = client.post("/", "after");

        assertThat(before.get(WAIT_SECONDS, TimeUnit.SECONDS).body()).isEqualTo("before");
        assertThatThrownBy(() -> dropped.get(WAIT_SECONDS, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IOException.class);
        assertThat(after.get(WAIT_SECONDS, TimeUnit.SECONDS).body()).isEqualTo("after");
        assertThat(server.connections.get()).isEqualTo(2);
    }

    @Test
    void should_fail_a_late_request_as_a_timeout_and_never_give_its_answer_to_the_next_one() throws Exception {
        CountDownLatch slowConnectionClosed = new CountDownLatch(1);
        RawServer server = raw((request, out) -> {
            if (request.body.equals("slow")) {
                sleep(1_500);
                try {
                    write(out, "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nlate");
                } catch (IOException e) {
                    // the client has hung up already
                }
                slowConnectionClosed.countDown(); // the next read on this connection ends the stream
                return true;
            }
            byte[] body = request.body.getBytes(StandardCharsets.UTF_8);
            write(out, "HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\n\r\n");
            out.write(body);
            out.flush();
            return true;
        });
        KeepAliveHttpClient client = client(server.port(), 1, Duration.ofMillis(300));

        CompletableFuture<KeepAliveHttpClient.Response> slow = client.post("/", "slow");
        CompletableFuture<KeepAliveHttpClient.Response> queued = client.post("/", "queued"); // waits behind it
        assertThatThrownBy(() -> slow.get(WAIT_SECONDS, TimeUnit.SECONDS)).hasCauseInstanceOf(TimeoutException.class);
        assertThatThrownBy(() -> queued.get(WAIT_SECONDS, TimeUnit.SECONDS)).hasCauseInstanceOf(TimeoutException.class);
        assertThat(Driver.label(catchCause(slow), 10)).isEqualTo("timeout (no answer in 10 s)");

        // Sent while the server still holds the late answer: it must go over a new connection.
        KeepAliveHttpClient.Response fresh = client.post("/", "fresh").get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(fresh.body()).isEqualTo("fresh");
        assertThat(server.connections.get()).isEqualTo(2);
        assertThat(slowConnectionClosed.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(server.endedByClient.await(WAIT_SECONDS, TimeUnit.SECONDS))
                .as("the client closed the timed-out connection")
                .isTrue();
    }

    @Test
    void should_fail_waiting_requests_when_no_connection_can_be_made() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        KeepAliveHttpClient client = client(port, 2, Duration.ofSeconds(WAIT_SECONDS));

        CompletableFuture<KeepAliveHttpClient.Response> answer = client.post("/", "{}");

        assertThatThrownBy(() -> answer.get(WAIT_SECONDS, TimeUnit.SECONDS))
                .hasCauseInstanceOf(java.net.ConnectException.class);
    }

    // ---- helpers ----

    private KeepAliveHttpClient client(int port, int connections, Duration timeout) throws IOException {
        KeepAliveHttpClient client = new KeepAliveHttpClient("127.0.0.1", port, connections, timeout);
        resources.add(client);
        return client;
    }

    private static Throwable catchCause(CompletableFuture<?> f) {
        try {
            f.get(WAIT_SECONDS, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private RawServer raw(Answerer answerer) throws IOException {
        RawServer server = new RawServer(answerer);
        resources.add(server);
        return server;
    }

    /** One request as the raw server read it. */
    private record RawRequest(String head, String body) {}

    /** How the raw server answers one request; returns whether to keep the connection open. */
    @FunctionalInterface
    private interface Answerer {
        boolean answer(RawRequest request, OutputStream out) throws IOException;
    }

    /** A thread-per-connection HTTP/1.1 server on a plain {@link ServerSocket}, answering as its test says. */
    private static final class RawServer implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final AtomicInteger connections = new AtomicInteger();
        final CountDownLatch endedByClient = new CountDownLatch(1);
        final List<Socket> accepted = new ArrayList<>();
        final Answerer answerer;

        RawServer(Answerer answerer) throws IOException {
            this.answerer = answerer;
            Thread t = new Thread(this::accept, "raw-server");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket s = socket.accept();
                    s.setTcpNoDelay(true);
                    connections.incrementAndGet();
                    synchronized (accepted) {
                        accepted.add(s);
                    }
                    Thread t = new Thread(() -> serve(s), "raw-connection");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void serve(Socket s) {
            try (s) {
                InputStream in = s.getInputStream();
                OutputStream out = s.getOutputStream();
                while (true) {
                    RawRequest request = read(in);
                    if (request == null) {
                        endedByClient.countDown();
                        return;
                    }
                    if (!answerer.answer(request, out)) {
                        return;
                    }
                }
            } catch (IOException e) {
                endedByClient.countDown(); // reset by the client
            }
        }

        /** One request, or {@code null} at the end of the stream. */
        private static RawRequest read(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return null;
                }
                head.write(b);
                matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            String h = head.toString(StandardCharsets.ISO_8859_1);
            int length = 0;
            for (String line : h.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            byte[] body = in.readNBytes(length);
            if (body.length < length) {
                return null;
            }
            return new RawRequest(h, new String(body, StandardCharsets.UTF_8));
        }

        @Override
        public void close() throws IOException {
            socket.close();
            synchronized (accepted) {
                for (Socket s : accepted) {
                    s.close();
                }
            }
        }
    }
}
