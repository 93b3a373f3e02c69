package de.auditbot.channel.matrix;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small stateful Matrix homeserver for tests: the client-server endpoints that Trixnity and the
 * bot call, with JSON shaped as in the spec's examples, plus what a test needs to play the rest of
 * the room (post messages, invite) and to break things (429s, 500s, dropped connections).
 */
final class StandInHomeserver implements AutoCloseable {

    /** A request the server saw. */
    record Request(String method, String path, JsonNode body, String user) {
    }

    /** A planned failure of the next matching requests. */
    record Fault(String method, Pattern path, int status, String body, int[] remaining) {
    }

    final StandInState state = new StandInState();
    final StandInMedia media = new StandInMedia();
    final List<Request> requests = new CopyOnWriteArrayList<>();
    /** Random faults; none until a test adds a rule. */
    final StandInChaos chaos = new StandInChaos(20261129L);
    private final Map<String, String[]> tokens = new ConcurrentHashMap<>(); // token -> user, device
    private final Map<String, String> transactions = new ConcurrentHashMap<>();
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final StandInSync sync = new StandInSync(state);
    private final StandInRoutes routes;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();

    StandInHomeserver() throws IOException {
        this(0);
    }

    /** A stand-in on a given port, e.g. one the bot already tries to reach. */
    StandInHomeserver(int port) throws IOException {
        routes = new StandInRoutes(this, sync);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/", this::serve);
        server.setExecutor(executor);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void account(String user, String device, String token) {
        tokens.put(token, new String[] {user, device});
    }

    /** A room made by {@code creator}, who is joined; encrypted with Megolm when asked. */
    String createRoom(String creator, boolean encrypted) {
        String roomId = "!" + Integer.toHexString((int) (Math.random() * Integer.MAX_VALUE)) + ":localhost";
        synchronized (state) {
            state.rooms.put(roomId, new StandInState.Room(roomId));
            state.append(roomId, "m.room.create", creator, "", object().put("room_version", "10"));
            state.append(roomId, "m.room.member", creator, creator, object().put("membership", "join"));
            state.append(roomId, "m.room.join_rules", creator, "", object().put("join_rule", "invite"));
            state.append(roomId, "m.room.history_visibility", creator, "", object().put("history_visibility", "shared"));
            if (encrypted) {
                state.append(roomId, "m.room.encryption", creator, "", object().put("algorithm", "m.megolm.v1.aes-sha2"));
            }
        }
        return roomId;
    }

    void invite(String roomId, String inviter, String invitee) {
        synchronized (state) {
            ObjectNode invite = state.append(roomId, "m.room.member", inviter, invitee, object().put("membership", "invite"));
            state.addForUser(invitee, null, roomId, invite);
        }
    }

    void join(String roomId, String user) {
        state.append(roomId, "m.room.member", user, user, object().put("membership", "join"));
    }

    /** Someone posts a message into a room. */
    ObjectNode post(String roomId, String sender, JsonNode content) {
        return post(roomId, "m.room.message", sender, content);
    }

    ObjectNode post(String roomId, String type, String sender, JsonNode content) {
        return state.append(roomId, type, sender, null, content);
    }

    ObjectNode text(String roomId, String sender, String body) {
        return post(roomId, sender, object().put("msgtype", "m.text").put("body", body));
    }

    /** The next {@code count} requests matching method and path fail with the status and body. */
    void fail(String method, String pathRegex, int count, int status, String body) {
        faults.add(new Fault(method, Pattern.compile(pathRegex), status, body, new int[] {count}));
    }

    /** The m.image events of one sender in a room, in order (unencrypted rooms only). */
    List<ObjectNode> imagesFrom(String sender, String roomId) {
        return messagesFrom(sender, roomId).stream()
                .filter(e -> "m.image".equals(e.path("content").path("msgtype").asString())).toList();
    }

    /** The messages of one sender (all senders when null) in a room, in order. */
    List<ObjectNode> messagesFrom(String sender, String roomId) {
        synchronized (state) {
            List<ObjectNode> out = new ArrayList<>();
            state.stream.stream().filter(i -> roomId.equals(i.roomId()) && i.user() == null)
                    .map(StandInState.Item::event)
                    .filter(e -> (sender == null || sender.equals(e.path("sender").asString()))
                            && e.path("state_key").isMissingNode())
                    .forEach(out::add);
            return out;
        }
    }

    long count(String method, String pathRegex) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().matches(pathRegex)).count();
    }

    static ObjectNode object() {
        return StandInState.JSON.createObjectNode();
    }

    /** Remembers a send under its transaction id; a repeat returns the first event id. */
    String idempotent(String token, String txn, java.util.function.Supplier<String> send) {
        return transactions.computeIfAbsent(token + "|" + txn, key -> send.get());
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = decode(exchange.getRequestURI().getRawPath());
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 || StandInMedia.handles(path) ? object() : parse(raw);
            String[] who = who(exchange);
            requests.add(new Request(method, path, body, who == null ? null : who[0]));
            for (Fault fault : faults) {
                if (fault.method().equals(method) && fault.path().matcher(path).matches() && take(fault)) {
                    if (fault.status() == 0) {
                        return; // closes the connection without an answer
                    }
                    respond(exchange, fault.status(), fault.body());
                    return;
                }
            }
            var misbehaviour = chaos.draw(method, path);
            if (misbehaviour.isPresent()) {
                switch (misbehaviour.get()) {
                    case SERVER_ERROR -> {
                        respond(exchange, 500, "{\"errcode\":\"M_UNKNOWN\",\"error\":\"Injected failure\"}");
                        return;
                    }
                    case RATE_LIMITED -> {
                        respond(exchange, 429, "{\"errcode\":\"M_LIMIT_EXCEEDED\",\"error\":\"Too many requests\","
                                + "\"retry_after_ms\":" + chaos.retryAfter() + "}");
                        return;
                    }
                    case RESET_BEFORE -> {
                        return; // closes the connection without an answer
                    }
                    case RESET_AFTER -> {
                        routes.route(method, path, exchange.getRequestURI().getRawQuery(), body, who);
                        return; // done, but the answer is lost with the connection
                    }
                    case SLOW -> Thread.sleep(chaos.pause());
                }
            }
            StandInRoutes.Answer answer = StandInMedia.handles(path)
                    ? media.route(method, path, StandInRoutes.params(exchange.getRequestURI().getRawQuery()),
                            exchange.getRequestHeaders().getFirst("Content-Type"), raw, who == null ? null : who[0])
                    : routes.route(method, path, exchange.getRequestURI().getRawQuery(), body, who);
            respond(exchange, answer.status(), answer.body());
        } catch (RuntimeException | InterruptedException e) {
            respond(exchange, 500, "{\"errcode\":\"M_UNKNOWN\",\"error\":\"" + e + "\"}");
        }
    }

    private static boolean take(Fault fault) {
        synchronized (fault) {
            if (fault.remaining()[0] <= 0) {
                return false;
            }
            fault.remaining()[0]--;
            return true;
        }
    }

    private String[] who(HttpExchange exchange) {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        return auth == null ? null : tokens.get(auth.replaceFirst("^Bearer ", ""));
    }

    private static JsonNode parse(byte[] raw) {
        try {
            return StandInState.JSON.readTree(raw);
        } catch (RuntimeException e) {
            return object();
        }
    }

    private static String decode(String rawPath) {
        StringBuilder out = new StringBuilder();
        for (String segment : rawPath.split("/", -1)) {
            if (!out.isEmpty() || rawPath.startsWith("/")) {
                out.append('/');
            }
            out.append(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return out.substring(1);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    static Matcher match(String regex, String path) {
        return Pattern.compile(regex).matcher(path);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
