package de.auditbot.channel.matrix

import io.ktor.client.call.replaceResponse
import io.ktor.client.call.save
import io.ktor.client.plugins.api.Send
import io.ktor.client.plugins.api.createClientPlugin
import io.ktor.client.statement.bodyAsText
import io.ktor.http.Headers
import io.ktor.http.HttpHeaders
import io.ktor.http.HttpMethod
import io.ktor.http.HttpStatusCode
import io.ktor.http.encodedPath
import io.ktor.utils.io.ByteReadChannel
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import org.slf4j.LoggerFactory

private val log = LoggerFactory.getLogger("de.auditbot.channel.matrix.WellFormedSync")

/**
 * Takes events out of a sync response that break the Matrix event format where Trixnity cannot
 * read past them: an event that is not an object, or whose `content` is not an object, or whose
 * `type`, `sender`, `event_id` or `state_key` is not a string. One such event makes Trixnity
 * reject the whole batch and ask for the same one again, for ever, so the bot would stop
 * answering in every room. Such events cannot be understood anyway; everything else passes
 * untouched.
 */
val WellFormedSync = createClientPlugin("WellFormedSync") {
    on(Send) { request ->
        val call = proceed(request)
        if (request.method != HttpMethod.Get || !request.url.encodedPath.endsWith("/sync")
            || call.response.status != HttpStatusCode.OK
        ) return@on call
        val saved = call.save()
        val cleaned = SyncEvents.withoutMalformedEvents(saved.response.bodyAsText()) ?: return@on saved
        val bytes = cleaned.toByteArray()
        val headers = Headers.build {
            appendAll(saved.response.headers)
            remove(HttpHeaders.ContentLength)
            remove(HttpHeaders.ContentEncoding)
        }
        saved.replaceResponse(headers) { ByteReadChannel(bytes) }
    }
}

/** The checks of [WellFormedSync], on the text of a sync response. */
object SyncEvents {

    private val json = Json { ignoreUnknownKeys = true }
    private val stringFields = listOf("type", "sender", "event_id", "state_key")

    /** The response without its malformed events, or null when it has none (or is no JSON object). */
    @JvmStatic
    fun withoutMalformedEvents(body: String): String? {
        val root = runCatching { json.parseToJsonElement(body) }.getOrNull() as? JsonObject ?: return null
        val dropped = IntArray(1)
        val cleaned = clean(root, null, dropped)
        if (dropped[0] == 0) return null
        log.warn("Left out {} malformed event(s) of a sync response", dropped[0])
        return cleaned.toString()
    }

    private fun clean(element: JsonElement, key: String?, dropped: IntArray): JsonElement = when (element) {
        is JsonObject -> JsonObject(element.mapValues { (k, v) -> clean(v, k, dropped) })
        // An event list is filtered, not searched further: the events' own content stays as it was.
        is JsonArray -> if (key == "events") {
            JsonArray(element.filter { event -> wellFormed(event).also { if (!it) dropped[0]++ } })
        } else element
        else -> element
    }

    private fun wellFormed(event: JsonElement): Boolean {
        if (event !is JsonObject) return false
        if (event["content"] !is JsonObject) return false
        return stringFields.all { field -> event[field] == null || (event[field] as? JsonPrimitive)?.isString == true }
    }
}
