package de.auditbot.channel.matrix;

import de.auditbot.channel.matrix.StandInState.Item;
import de.auditbot.channel.matrix.StandInState.Room;
import java.util.LinkedHashSet;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds {@code GET /sync} responses in the shape of the spec's example
 * (data/api/client-server/sync.yaml): joined rooms with summary, state and timeline, invites with
 * stripped state, to-device events, device-list changes and one-time key counts.
 */
final class StandInSync {

    private final StandInState state;

    StandInSync(StandInState state) {
        this.state = state;
    }

    ObjectNode build(String user, String device, long since) {
        synchronized (state) {
            ObjectNode response = StandInState.JSON.createObjectNode();
            response.put("next_batch", String.valueOf(state.position()));
            ObjectNode rooms = response.putObject("rooms");
            ObjectNode join = rooms.putObject("join");
            ObjectNode invite = rooms.putObject("invite");
            rooms.putObject("leave");
            for (Room room : state.rooms.values()) {
                if (room.joined.contains(user)) {
                    joined(room, user, since, join);
                }
            }
            ArrayNode toDevice = response.putObject("to_device").putArray("events");
            Set<String> changed = new LinkedHashSet<>(since == 0 ? state.usersSharingRoomsWith(user) : Set.of());
            for (Item item : state.stream) {
                if (item.position() <= since || !user.equals(item.user())) {
                    continue;
                }
                if (item.device() != null) {
                    if (item.device().equals(device)) {
                        toDevice.add(item.event());
                    }
                } else if (item.roomId() == null) {
                    changed.add(item.event().path("user_id").asString());
                } else if (invited(state.rooms.get(item.roomId()), user)) {
                    ObjectNode invited = invite.putObject(item.roomId()).putObject("invite_state");
                    ArrayNode events = invited.putArray("events");
                    state.rooms.get(item.roomId()).state.values().stream()
                            .filter(e -> e.path("type").asString().matches("m.room.(create|name|join_rules|encryption)"))
                            .map(StandInSync::stripped).forEach(events::add);
                    events.add(item.event());
                }
            }
            ObjectNode deviceLists = response.putObject("device_lists");
            ArrayNode changedArray = deviceLists.putArray("changed");
            changed.forEach(changedArray::add);
            deviceLists.putArray("left");
            int keys = state.oneTimeKeys.getOrDefault(user + "|" + device, java.util.Map.of()).size();
            response.putObject("device_one_time_keys_count").put("signed_curve25519", keys);
            ArrayNode fallback = response.putArray("device_unused_fallback_key_types");
            if (state.fallbackKeys.containsKey(user + "|" + device)) {
                fallback.add("signed_curve25519");
            }
            response.putObject("account_data").putArray("events");
            response.putObject("presence").putArray("events");
            return response;
        }
    }

    boolean isEmpty(ObjectNode sync) {
        return sync.path("rooms").path("join").isEmpty() && sync.path("rooms").path("invite").isEmpty()
                && sync.path("to_device").path("events").isEmpty()
                && sync.path("device_lists").path("changed").isEmpty();
    }

    private void joined(Room room, String user, long since, ObjectNode join) {
        long joinedAt = room.joinedAt.get(user);
        boolean newlyJoined = joinedAt > since;
        long from = newlyJoined ? joinedAt - 1 : since;
        ArrayNode timeline = StandInState.array();
        Set<String> inTimeline = new LinkedHashSet<>();
        for (Item item : state.stream) {
            if (item.position() > from && room.id.equals(item.roomId()) && item.user() == null) {
                ObjectNode event = item.event().deepCopy();
                timeline.add(event);
                inTimeline.add(event.path("event_id").asString());
            }
        }
        if (timeline.isEmpty() && !newlyJoined) {
            return;
        }
        ObjectNode joined = join.putObject(room.id);
        joined.putObject("summary").put("m.joined_member_count", room.joined.size())
                .put("m.invited_member_count", 0).putArray("m.heroes");
        ArrayNode stateEvents = joined.putObject("state").putArray("events");
        if (newlyJoined) {
            room.state.values().stream().filter(e -> !inTimeline.contains(e.path("event_id").asString()))
                    .forEach(stateEvents::add);
        }
        ObjectNode timelineNode = joined.putObject("timeline");
        timelineNode.set("events", timeline);
        timelineNode.put("limited", false);
        timelineNode.put("prev_batch", "p" + from);
        joined.putObject("ephemeral").putArray("events");
        joined.putObject("account_data").putArray("events");
        joined.putObject("unread_notifications").put("highlight_count", 0).put("notification_count", 0);
    }

    private static boolean invited(Room room, String user) {
        ObjectNode member = room.state.get("m.room.member|" + user);
        return member != null && "invite".equals(member.path("content").path("membership").asString());
    }

    private static ObjectNode stripped(ObjectNode event) {
        ObjectNode stripped = StandInState.JSON.createObjectNode();
        stripped.put("type", event.path("type").asString());
        stripped.put("state_key", event.path("state_key").asString());
        stripped.put("sender", event.path("sender").asString());
        stripped.set("content", event.path("content"));
        return stripped;
    }
}
