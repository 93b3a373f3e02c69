package de.auditbot.channel.matrix

import io.ktor.client.call.HttpClientCall
import io.ktor.client.call.save
import io.ktor.client.plugins.api.Send
import io.ktor.client.plugins.api.createClientPlugin
import io.ktor.client.request.HttpRequestBuilder
import io.ktor.client.statement.bodyAsText
import io.ktor.http.HttpMethod
import io.ktor.http.HttpStatusCode
import kotlinx.coroutines.delay
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.jsonPrimitive
import kotlinx.serialization.json.longOrNull
import org.slf4j.LoggerFactory
import java.io.IOException

/** Settings of [HomeserverRetry]. */
class HomeserverRetryConfig {
    var backOffLimitMillis: Long = 60_000
    var maxAttempts: Int = 12
}

private val log = LoggerFactory.getLogger("de.auditbot.channel.matrix.HomeserverRetry")

/**
 * Adds to Trixnity's retries what it lacks:
 * - a 429 {@code M_LIMIT_EXCEEDED} waits the {@code retry_after_ms} of its body (Trixnity reads only
 *   the {@code Retry-After} header, which many homeservers do not send);
 * - a PUT (a send with its transaction id, a to-device message) answered with a 5xx, or whose
 *   connection is lost before the answer, is repeated after a growing pause; Trixnity would mark
 *   the message failed for good, or hold up every queued message for up to ten seconds.
 * Every repetition is the same request with the same transaction id, so a homeserver that did
 * store the first attempt answers with the same event and nothing shows twice.
 */
val HomeserverRetry = createClientPlugin("HomeserverRetry", ::HomeserverRetryConfig) {
    val limit = pluginConfig.backOffLimitMillis
    val maxAttempts = pluginConfig.maxAttempts
    on(Send) { request ->
        var attempt = 1
        while (true) {
            val call: HttpClientCall = try {
                proceed(if (attempt == 1) request else HttpRequestBuilder().takeFrom(request))
            } catch (lost: IOException) {
                if (request.method != HttpMethod.Put || attempt >= maxAttempts) throw lost
                val wait = backOff(attempt, limit)
                log.warn("Connection to the homeserver lost during {} {} ({}); attempt {} in {} ms", request.method.value,
                    request.url.buildString().substringBefore("?"), lost.javaClass.simpleName, attempt + 1, wait)
                delay(wait)
                attempt++
                continue
            }
            if (attempt >= maxAttempts) return@on call
            val status = call.response.status
            var answer = call
            val wait = when {
                status == HttpStatusCode.TooManyRequests -> {
                    answer = call.save()
                    retryAfterMillis(answer.response.bodyAsText()) ?: return@on answer
                }
                status.value >= 500 && request.method == HttpMethod.Put -> backOff(attempt, limit)
                else -> return@on call
            }
            log.warn("Homeserver answered {} to {} {}; attempt {} in {} ms", status.value, request.method.value,
                request.url.buildString().substringBefore("?"), attempt + 1, wait)
            delay(wait.coerceIn(0, limit))
            attempt++
        }
        @Suppress("UNREACHABLE_CODE")
        throw IllegalStateException("unreachable")
    }
}

private fun backOff(attempt: Int, limit: Long): Long = (250L shl minOf(attempt, 16)).coerceAtMost(limit)

private fun retryAfterMillis(body: String): Long? = runCatching {
    (Json.parseToJsonElement(body) as? JsonObject)?.get("retry_after_ms")?.jsonPrimitive?.longOrNull
}.getOrNull()
