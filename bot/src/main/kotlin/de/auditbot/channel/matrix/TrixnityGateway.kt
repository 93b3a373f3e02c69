package de.auditbot.channel.matrix

import de.connect2x.trixnity.client.MatrixClient
import de.connect2x.trixnity.client.room
import de.connect2x.trixnity.client.room.message.MessageBuilder
import de.connect2x.trixnity.client.room.message.image
import de.connect2x.trixnity.client.room.message.notice
import de.connect2x.trixnity.clientserverapi.client.SyncState
import de.connect2x.trixnity.core.subscribeAsFlow
import de.connect2x.trixnity.core.model.EventId
import de.connect2x.trixnity.core.model.RoomId
import de.connect2x.trixnity.core.model.events.m.RelatesTo
import de.connect2x.trixnity.core.model.events.m.room.Membership
import de.connect2x.trixnity.utils.toByteArrayFlow
import io.ktor.http.ContentType
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Job
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.cancel
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.future.future
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeoutOrNull
import org.slf4j.LoggerFactory
import java.time.Instant
import java.util.concurrent.CompletableFuture
import java.util.concurrent.ConcurrentHashMap
import kotlin.time.Duration.Companion.seconds
import kotlin.time.toKotlinDuration

/**
 * The Trixnity implementation of the gateway: one client, one device, one persistent store.
 * Everything here is plumbing between Trixnity's coroutines and Java's futures; what to answer
 * is decided by the Java channel.
 */
class TrixnityGateway(private val settings: TrixnitySettings) : MatrixGateway {

    private val log = LoggerFactory.getLogger(TrixnityGateway::class.java)
    private val scope = CoroutineScope(SupervisorJob() + Dispatchers.Default)

    /** Per room, the typing notice last asked for; each waits for the one before, so they arrive in order. */
    private val typingNotices = ConcurrentHashMap<String, Job>()

    @Volatile private var client: MatrixClient? = null
    @Volatile private var lastSync: Instant? = null
    @Volatile private var closing = false

    override fun start(listener: MatrixListener): CompletableFuture<Void?> = scope.future {
        val client = TrixnityClientFactory.create(settings)
        this@TrixnityGateway.client = client
        // The fingerprint is what teams compare in Element when they verify the bot's session.
        log.info("Matrix device {} of {} ready; session key (ed25519) {}", client.deviceId, client.userId.full,
            client.signingKey.value.value)
        val events = RoomEvents(client)
        // Subscribe before the sync starts, so that nothing of the first sync is missed.
        scope.launch {
            client.api.sync.subscribeAsFlow().collect { sync ->
                lastSync = Instant.now()
                events.invites(sync.syncResponse).forEach { deliver { listener.onInvite(it) } }
            }
        }
        scope.launch {
            client.room.getTimelineEventsFromNowOn(decryptionTimeout = settings.decryptionTimeout.toKotlinDuration())
                .collect { timelineEvent -> events.message(timelineEvent)?.let { deliver { listener.onMessage(it) } } }
        }
        scope.launch { keepSyncing(client) }
        null
    }

    override fun join(roomId: String): CompletableFuture<Void?> = scope.future {
        val client = client()
        client.api.room.joinRoom(RoomId(roomId)).getOrThrow()
        // Until the sync shows the join, Trixnity still holds the room as invited and would refuse
        // to send into it (NoEventPermission), so the introduction waits for the join to arrive.
        withTimeoutOrNull(JOIN_SYNC_TIMEOUT) {
            client.room.getById(RoomId(roomId)).first { it?.membership == Membership.JOIN }
        } ?: log.warn("The join of {} did not show in the sync in time", roomId)
        null
    }

    override fun decline(roomId: String): CompletableFuture<Void?> = scope.future {
        client().api.room.leaveRoom(RoomId(roomId)).getOrThrow()
        null
    }

    override fun send(notice: OutboundNotice): CompletableFuture<Void?> = scope.future {
        client().room.sendMessage(RoomId(notice.roomId())) {
            inThread(notice.threadRootId(), notice.inReplyTo())
            notice(notice.body(), "org.matrix.custom.html", notice.html())
        }
        null
    }

    // Trixnity keeps the bytes in its media store and uploads them (encrypted in an encrypted
    // room, as `file` instead of `url`) from the outbox, right before the event itself.
    override fun sendImage(image: OutboundImage): CompletableFuture<Void?> = scope.future {
        client().room.sendMessage(RoomId(image.roomId())) {
            inThread(image.threadRootId(), image.inReplyTo())
            image(
                body = image.body(),
                image = image.png().toByteArrayFlow(),
                fileName = image.fileName(),
                type = ContentType.Image.PNG,
                size = image.png().size.toLong(),
                height = image.height(),
                width = image.width(),
            )
        }
        null
    }

    private fun MessageBuilder.inThread(threadRootId: String?, inReplyTo: String?) {
        threadRootId?.let { root ->
            relatesTo = RelatesTo.Thread(EventId(root), RelatesTo.ReplyTo(EventId(inReplyTo ?: root)), true)
        }
    }

    override fun typing(roomId: String, typing: Boolean) {
        val client = client ?: return
        // Launched one after the other, "typing" and "not typing" could overtake each other and leave
        // the bot typing in the room; so each notice of a room waits for the one asked for before it.
        val notice = typingNotices.compute(roomId) { _, before ->
            scope.launch {
                before?.join()
                client.api.room.setTyping(RoomId(roomId), client.userId, typing, if (typing) 30_000L else null)
                    .onFailure { log.debug("Typing notice in {} failed: {}", roomId, it.toString()) }
            }
        }
        // Outside compute: a notice already sent runs this at once, and the map must not be changed from within compute.
        notice?.invokeOnCompletion { typingNotices.remove(roomId, notice) }
    }

    override fun userId(): String = client().userId.full

    override fun deviceId(): String = client().deviceId

    override fun status(): SyncStatus {
        val client = client ?: return SyncStatus.starting()
        val state = client.syncState.value
        return SyncStatus(state.name, state == SyncState.RUNNING || state == SyncState.STARTED, lastSync)
    }

    override fun close() {
        closing = true
        val client = client
        runBlocking {
            withTimeoutOrNull(10.seconds) {
                client?.stopSync()
                client?.closeSuspending()
            }
        }
        scope.cancel()
    }

    /** Trixnity retries failed syncs by itself; this restarts the loop should it ever stop for good. */
    private suspend fun keepSyncing(client: MatrixClient) {
        while (!closing) {
            if (client.syncState.value == SyncState.STOPPED) {
                log.info("Matrix sync is not running; starting it")
                scope.launch { runCatching { client.startSync() }.onFailure { log.warn("Matrix sync ended: {}", it.toString()) } }
            }
            delay(5.seconds)
        }
    }

    private inline fun deliver(block: () -> Unit) {
        try {
            block()
        } catch (e: Exception) {
            log.error("The Matrix listener failed", e)
        }
    }

    private companion object {
        val JOIN_SYNC_TIMEOUT = 60.seconds
    }

    private fun client(): MatrixClient = client ?: throw IllegalStateException("Matrix gateway not started")
}
