package de.auditbot.channel.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The memory of the stand-in homeserver: rooms with their events, invites, device keys, one-time
 * keys and to-device messages, all on one stream of positions that sync tokens point into.
 * Synchronised on itself; waiting syncs are woken by every change.
 */
final class StandInState {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Something that happened at a position of the stream, for one room or one device. */
    record Item(long position, String roomId, String user, String device, ObjectNode event) {
    }

    final Map<String, Room> rooms = new LinkedHashMap<>();
    final List<Item> stream = new ArrayList<>();
    final Map<String, ObjectNode> deviceKeys = new LinkedHashMap<>();          // "user|device" -> keys
    final Map<String, Map<String, JsonNode>> oneTimeKeys = new LinkedHashMap<>(); // "user|device" -> id -> key
    final Map<String, Map<String, JsonNode>> fallbackKeys = new LinkedHashMap<>();
    private final AtomicLong eventIds = new AtomicLong();
    private long position;

    static final class Room {
        final String id;
        final Set<String> joined = new LinkedHashSet<>();
        final Map<String, Long> joinedAt = new LinkedHashMap<>();
        final Map<String, ObjectNode> state = new LinkedHashMap<>(); // "type|state_key" -> event
        /** Typing notices in the order they took effect (after any injected pause), "user|true/false". */
        final List<String> typing = new java.util.concurrent.CopyOnWriteArrayList<>();
        boolean encrypted;

        Room(String id) {
            this.id = id;
        }
    }

    synchronized long position() {
        return position;
    }

    synchronized Room room(String roomId) {
        return rooms.get(roomId);
    }

    /** Appends an event to a room's timeline and returns it. */
    synchronized ObjectNode append(String roomId, String type, String sender, String stateKey, JsonNode content) {
        Room room = rooms.get(roomId);
        ObjectNode event = JSON.createObjectNode();
        event.put("type", type);
        event.put("event_id", "$" + eventIds.incrementAndGet() + "standin" + Math.abs(roomId.hashCode()));
        event.put("sender", sender);
        event.put("origin_server_ts", System.currentTimeMillis());
        event.set("content", content);
        event.putObject("unsigned").put("age", 0);
        if (stateKey != null) {
            event.put("state_key", stateKey);
            room.state.put(type + "|" + stateKey, event);
            if ("m.room.member".equals(type)) {
                String membership = content.path("membership").asString();
                if ("join".equals(membership)) {
                    room.joined.add(stateKey);
                    room.joinedAt.put(stateKey, position + 1);
                } else {
                    room.joined.remove(stateKey);
                }
            }
            if ("m.room.encryption".equals(type)) {
                room.encrypted = true;
            }
        }
        add(new Item(0, roomId, null, null, event));
        return event;
    }

    /** A message for one device (to-device), or an invite or device-list change for one user. */
    synchronized void addForUser(String user, String device, String roomId, ObjectNode event) {
        add(new Item(0, roomId, user, device, event));
    }

    private void add(Item item) {
        position++;
        stream.add(new Item(position, item.roomId(), item.user(), item.device(), item.event()));
        notifyAll();
    }

    synchronized void await(long since, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (position <= since && System.currentTimeMillis() < deadline) {
            wait(Math.max(1, deadline - System.currentTimeMillis()));
        }
    }

    synchronized List<String> usersSharingRoomsWith(String user) {
        Set<String> users = new LinkedHashSet<>();
        rooms.values().stream().filter(r -> r.joined.contains(user)).forEach(r -> users.addAll(r.joined));
        return new ArrayList<>(users);
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }
}
