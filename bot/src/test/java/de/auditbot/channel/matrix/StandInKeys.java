package de.auditbot.channel.matrix;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The end-to-end encryption endpoints of the stand-in: device keys, one-time and fallback keys,
 * and to-device messages (spec: data/api/client-server/keys.yaml, to_device.yaml).
 */
final class StandInKeys {

    private StandInKeys() {
    }

    static ObjectNode upload(StandInState state, String user, String device, JsonNode body) {
        synchronized (state) {
            String key = user + "|" + device;
            if (body.has("device_keys")) {
                boolean isNew = !state.deviceKeys.containsKey(key);
                state.deviceKeys.put(key, (ObjectNode) body.get("device_keys"));
                if (isNew) {
                    for (String other : state.usersSharingRoomsWith(user)) {
                        state.addForUser(other, null, null, StandInHomeserver.object().put("user_id", user));
                    }
                }
            }
            Map<String, JsonNode> otks = state.oneTimeKeys.computeIfAbsent(key, k -> new LinkedHashMap<>());
            body.path("one_time_keys").properties().forEach(e -> otks.put(e.getKey(), e.getValue()));
            if (!body.path("fallback_keys").isEmpty()) {
                Map<String, JsonNode> fallback = new LinkedHashMap<>();
                body.path("fallback_keys").properties().forEach(e -> fallback.put(e.getKey(), e.getValue()));
                state.fallbackKeys.put(key, fallback);
            }
            ObjectNode response = StandInHomeserver.object();
            response.putObject("one_time_key_counts").put("signed_curve25519", otks.size());
            return response;
        }
    }

    static ObjectNode query(StandInState state, JsonNode body) {
        synchronized (state) {
            ObjectNode response = StandInHomeserver.object();
            ObjectNode keys = response.putObject("device_keys");
            body.path("device_keys").properties().forEach(entry -> {
                ObjectNode devices = keys.putObject(entry.getKey());
                state.deviceKeys.forEach((k, v) -> {
                    if (k.startsWith(entry.getKey() + "|")) {
                        devices.set(k.substring(k.indexOf('|') + 1), v);
                    }
                });
            });
            response.putObject("failures");
            response.putObject("master_keys");
            response.putObject("self_signing_keys");
            response.putObject("user_signing_keys");
            return response;
        }
    }

    static ObjectNode claim(StandInState state, JsonNode body) {
        synchronized (state) {
            ObjectNode response = StandInHomeserver.object();
            ObjectNode claimed = response.putObject("one_time_keys");
            body.path("one_time_keys").properties().forEach(user -> user.getValue().properties().forEach(device -> {
                String key = user.getKey() + "|" + device.getKey();
                Map<String, JsonNode> otks = state.oneTimeKeys.getOrDefault(key, new LinkedHashMap<>());
                Iterator<Map.Entry<String, JsonNode>> it = otks.entrySet().iterator();
                Map.Entry<String, JsonNode> chosen = null;
                if (it.hasNext()) {
                    chosen = it.next();
                    it.remove();
                } else if (state.fallbackKeys.containsKey(key)) {
                    chosen = state.fallbackKeys.get(key).entrySet().iterator().next();
                }
                if (chosen != null) {
                    ObjectNode forUser = claimed.has(user.getKey()) ? (ObjectNode) claimed.get(user.getKey())
                            : claimed.putObject(user.getKey());
                    forUser.putObject(device.getKey()).set(chosen.getKey(), chosen.getValue());
                }
            }));
            response.putObject("failures");
            return response;
        }
    }

    static void sendToDevice(StandInState state, String sender, String type, JsonNode body) {
        synchronized (state) {
            body.path("messages").properties().forEach(user -> user.getValue().properties().forEach(device -> {
                ObjectNode event = StandInHomeserver.object();
                event.put("type", type);
                event.put("sender", sender);
                event.set("content", device.getValue());
                if ("*".equals(device.getKey())) {
                    state.deviceKeys.keySet().stream().filter(k -> k.startsWith(user.getKey() + "|"))
                            .forEach(k -> state.addForUser(user.getKey(), k.substring(k.indexOf('|') + 1), null, event));
                } else {
                    state.addForUser(user.getKey(), device.getKey(), null, event);
                }
            }));
        }
    }
}
