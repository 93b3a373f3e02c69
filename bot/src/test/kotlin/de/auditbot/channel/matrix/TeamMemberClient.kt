package de.auditbot.channel.matrix

import de.connect2x.trixnity.client.CryptoDriverModule
import de.connect2x.trixnity.client.MatrixClient
import de.connect2x.trixnity.client.MediaStoreModule
import de.connect2x.trixnity.client.RepositoriesModule
import de.connect2x.trixnity.client.create
import de.connect2x.trixnity.client.cryptodriver.vodozemac.vodozemac
import de.connect2x.trixnity.client.media.inMemory
import de.connect2x.trixnity.client.room
import de.connect2x.trixnity.client.room.message.text
import de.connect2x.trixnity.client.store.isEncrypted
import de.connect2x.trixnity.client.store.repository.inMemory
import de.connect2x.trixnity.clientserverapi.client.ClassicMatrixClientAuthProviderData
import de.connect2x.trixnity.core.model.RoomId
import de.connect2x.trixnity.core.model.events.ClientEvent.RoomEvent.MessageEvent
import de.connect2x.trixnity.core.model.events.m.room.RoomMessageEventContent
import io.ktor.http.Url
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.cancel
import kotlinx.coroutines.future.future
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CopyOnWriteArrayList
import kotlin.time.Duration.Companion.seconds

/** A message the team member's client read, after decryption. */
data class ReceivedMessage(
    val sender: String,
    val msgtype: String,
    val body: String,
    val formattedBody: String?,
    val encrypted: Boolean,
)

/** An image the team member's client read: in an encrypted room its file with the key to decrypt it. */
data class ReceivedImage(
    val sender: String,
    val body: String,
    val url: String?,
    val fileUrl: String?,
    val key: String?,
    val initialisationVector: String?,
    val sha256: String?,
    val encrypted: Boolean,
)

/**
 * A team member with a real Trixnity client (and so real Olm/Megolm) on the stand-in homeserver,
 * as Element would be: it encrypts what it writes into an encrypted room and decrypts the bot's
 * answers. Its state lives in memory only.
 */
class TeamMemberClient private constructor(private val client: MatrixClient, private val scope: CoroutineScope) :
    AutoCloseable {

    val received: MutableList<ReceivedMessage> = CopyOnWriteArrayList()
    val images: MutableList<ReceivedImage> = CopyOnWriteArrayList()

    fun sendText(roomId: String, body: String): CompletableFuture<Unit> = scope.future {
        client.room.sendMessage(RoomId(roomId)) { text(body) }
        Unit
    }

    override fun close() {
        runBlocking { client.closeSuspending() }
        scope.cancel()
    }

    companion object {
        @JvmStatic
        fun start(homeserverUrl: String, accessToken: String): TeamMemberClient = runBlocking {
            val scope = CoroutineScope(SupervisorJob() + Dispatchers.Default)
            val client = MatrixClient.create(
                repositoriesModule = RepositoriesModule.inMemory(),
                mediaStoreModule = MediaStoreModule.inMemory(),
                cryptoDriverModule = CryptoDriverModule.vodozemac(),
                authProviderData = ClassicMatrixClientAuthProviderData(Url(homeserverUrl), accessToken, null, null),
            ).getOrThrow()
            val member = TeamMemberClient(client, scope)
            scope.launch {
                client.room.getTimelineEventsFromNowOn(decryptionTimeout = 10.seconds).collect { timelineEvent ->
                    val event = timelineEvent.event as? MessageEvent<*> ?: return@collect
                    val decrypted = timelineEvent.content?.getOrNull()
                    if (decrypted is RoomMessageEventContent.FileBased.Image) {
                        member.images += ReceivedImage(event.sender.full, decrypted.body, decrypted.url,
                            decrypted.file?.url, decrypted.file?.key?.key, decrypted.file?.initialisationVector,
                            decrypted.file?.hashes?.get("sha256"), timelineEvent.isEncrypted)
                        return@collect
                    }
                    val content = decrypted as? RoomMessageEventContent.TextBased ?: return@collect
                    member.received += ReceivedMessage(event.sender.full, content.type, content.body,
                        content.formattedBody, timelineEvent.isEncrypted)
                }
            }
            scope.launch { client.startSync() }
            member
        }
    }
}
