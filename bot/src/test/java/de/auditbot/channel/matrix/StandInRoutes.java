package de.auditbot.channel.matrix;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The endpoints of the stand-in homeserver, with answers shaped as in the spec
 * (data/api/client-server/*.yaml of matrix-org/matrix-spec).
 */
final class StandInRoutes {

    record Answer(int status, String body) {
        static Answer ok(JsonNode body) {
            return new Answer(200, body.toString());
        }
    }

    private static final String C = "/_matrix/client/v3";
    private static final Answer NOT_FOUND = new Answer(404, "{\"errcode\":\"M_NOT_FOUND\",\"error\":\"Not found\"}");

    private final StandInHomeserver server;
    private final StandInState state;
    private final StandInSync sync;

    StandInRoutes(StandInHomeserver server, StandInSync sync) {
        this.server = server;
        this.state = server.state;
        this.sync = sync;
    }

    Answer route(String method, String path, String query, JsonNode body, String[] who) throws InterruptedException {
        if (path.equals("/_matrix/client/versions")) {
            ObjectNode versions = StandInHomeserver.object();
            versions.putArray("versions").add("v1.1").add("v1.2").add("v1.3").add("v1.4").add("v1.5").add("v1.6")
                    .add("v1.7").add("v1.8").add("v1.9").add("v1.10").add("v1.11").add("v1.12");
            versions.putObject("unstable_features");
            return Answer.ok(versions);
        }
        if (who == null) {
            return new Answer(401, "{\"errcode\":\"M_MISSING_TOKEN\",\"error\":\"Missing access token\"}");
        }
        String user = who[0];
        String device = who[1];
        Matcher m;
        if (path.equals(C + "/account/whoami")) {
            return Answer.ok(StandInHomeserver.object().put("user_id", user).put("device_id", device));
        }
        if ((m = StandInHomeserver.match(C + "/profile/([^/]+)", path)).matches()) {
            return Answer.ok(StandInHomeserver.object().put("displayname", m.group(1).substring(1, m.group(1).indexOf(':'))));
        }
        if (path.equals(C + "/capabilities")) {
            ObjectNode caps = StandInHomeserver.object();
            caps.putObject("capabilities").putObject("m.change_password").put("enabled", false);
            return Answer.ok(caps);
        }
        if ((m = StandInHomeserver.match(C + "/user/([^/]+)/filter", path)).matches() && method.equals("POST")) {
            return Answer.ok(StandInHomeserver.object().put("filter_id", "1"));
        }
        if (path.startsWith(C + "/user/") && path.contains("/account_data/") && method.equals("PUT")) {
            return Answer.ok(StandInHomeserver.object());
        }
        if (path.equals(C + "/sync")) {
            return sync(query, user, device);
        }
        if (path.equals(C + "/keys/upload")) {
            return Answer.ok(StandInKeys.upload(state, user, device, body));
        }
        if (path.equals(C + "/keys/query")) {
            return Answer.ok(StandInKeys.query(state, body));
        }
        if (path.equals(C + "/keys/claim")) {
            return Answer.ok(StandInKeys.claim(state, body));
        }
        if ((m = StandInHomeserver.match(C + "/sendToDevice/([^/]+)/([^/]+)", path)).matches()) {
            StandInKeys.sendToDevice(state, user, m.group(1), body);
            return Answer.ok(StandInHomeserver.object());
        }
        if ((m = StandInHomeserver.match(C + "/(?:rooms/([^/]+)/join|join/([^/]+))", path)).matches()) {
            String roomId = m.group(1) != null ? m.group(1) : m.group(2);
            if (state.room(roomId) == null) {
                return NOT_FOUND;
            }
            server.join(roomId, user);
            return Answer.ok(StandInHomeserver.object().put("room_id", roomId));
        }
        if ((m = StandInHomeserver.match(C + "/rooms/([^/]+)/leave", path)).matches()) {
            state.append(m.group(1), "m.room.member", user, user, StandInHomeserver.object().put("membership", "leave"));
            return Answer.ok(StandInHomeserver.object());
        }
        if ((m = StandInHomeserver.match(C + "/rooms/([^/]+)/send/([^/]+)/([^/]+)", path)).matches()) {
            String roomId = m.group(1);
            String type = m.group(2);
            String eventId = server.idempotent(user + device, m.group(3),
                    () -> state.append(roomId, type, user, null, body).path("event_id").asString());
            return Answer.ok(StandInHomeserver.object().put("event_id", eventId));
        }
        if ((m = StandInHomeserver.match(C + "/rooms/([^/]+)/members", path)).matches()) {
            return members(m.group(1));
        }
        if ((m = StandInHomeserver.match(C + "/rooms/([^/]+)/typing/([^/]+)", path)).matches()) {
            StandInState.Room room = state.room(m.group(1));
            if (room != null) {
                room.typing.add(m.group(2) + "|" + body.path("typing").asBoolean());
            }
            return Answer.ok(StandInHomeserver.object());
        }
        if (path.startsWith(C + "/rooms/") && path.contains("/read_markers") || path.contains("/receipt/")) {
            return Answer.ok(StandInHomeserver.object());
        }
        if (path.startsWith(C + "/presence/")) {
            return Answer.ok(StandInHomeserver.object());
        }
        if (path.equals(C + "/pushrules/")) {
            ObjectNode rules = StandInHomeserver.object();
            rules.putObject("global");
            return Answer.ok(rules);
        }
        if (!path.endsWith("/room_keys/version")) {
            System.err.println("stand-in homeserver: no route for " + method + " " + path);
        }
        return NOT_FOUND; // the key backup is optional for a client
    }

    private Answer sync(String query, String user, String device) throws InterruptedException {
        Map<String, String> params = params(query);
        long since = params.containsKey("since") ? Long.parseLong(params.get("since")) : 0;
        long timeout = Math.min(Long.parseLong(params.getOrDefault("timeout", "0")), 30_000);
        ObjectNode response = sync.build(user, device, since);
        long deadline = System.currentTimeMillis() + timeout;
        while (since > 0 && sync.isEmpty(response) && System.currentTimeMillis() < deadline) {
            state.await(Long.parseLong(response.path("next_batch").asString()), deadline - System.currentTimeMillis());
            response = sync.build(user, device, since);
        }
        return Answer.ok(response);
    }

    private Answer members(String roomId) {
        ObjectNode response = StandInHomeserver.object();
        var chunk = response.putArray("chunk");
        synchronized (state) {
            state.room(roomId).state.forEach((key, event) -> {
                if (key.startsWith("m.room.member|")) {
                    ObjectNode copy = event.deepCopy();
                    copy.put("room_id", roomId);
                    chunk.add(copy);
                }
            });
        }
        return Answer.ok(response);
    }

    static Map<String, String> params(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1),
                            java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    static Iterator<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        return node.properties().iterator();
    }
}
