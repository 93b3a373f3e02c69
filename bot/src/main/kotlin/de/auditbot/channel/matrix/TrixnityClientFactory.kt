package de.auditbot.channel.matrix

import de.connect2x.trixnity.client.CryptoDriverModule
import de.connect2x.trixnity.client.MatrixClient
import de.connect2x.trixnity.client.MediaStoreModule
import de.connect2x.trixnity.client.RepositoriesModule
import de.connect2x.trixnity.client.create
import de.connect2x.trixnity.client.cryptodriver.vodozemac.vodozemac
import de.connect2x.trixnity.client.media.inMemory
import de.connect2x.trixnity.client.store.repository.exposed.exposed
import de.connect2x.trixnity.clientserverapi.client.ClassicMatrixClientAuthProviderData
import de.connect2x.trixnity.utils.RetryFlowDelayConfig
import io.ktor.http.Url
import org.jetbrains.exposed.sql.Database
import java.nio.file.Files
import java.nio.file.Path
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.toKotlinDuration

/**
 * Creates the Trixnity client on its persistent store. The store (an H2 file) holds the sync
 * token, the device's keys and the Olm/Megolm sessions, so the same device comes back after a
 * restart; the access token is needed only for the first start.
 */
internal object TrixnityClientFactory {

    suspend fun create(settings: TrixnitySettings): MatrixClient {
        TrixnityLogging.install()
        val database = open(settings.storePath)
        val configure: de.connect2x.trixnity.client.MatrixClientConfiguration.() -> Unit = {
            name = "auditbot"
            syncLoopTimeout = settings.syncTimeout.toKotlinDuration()
            syncErrorDelayConfig = RetryFlowDelayConfig(
                scheduleBase = 200.milliseconds,
                scheduleLimit = settings.syncBackOffLimit.toKotlinDuration(),
            )
            httpClientConfig = {
                install(HomeserverRetry) { backOffLimitMillis = settings.sendBackOffLimit.toMillis() }
                install(WellFormedSync)
            }
        }
        // A stored device is reopened without the token: Trixnity 5.0.1 refuses a token that
        // belongs to the stored device ("re-authenticate" insists on a different one).
        val reopened = MatrixClient.create(
            repositoriesModule = RepositoriesModule.exposed(database),
            mediaStoreModule = MediaStoreModule.inMemory(),
            cryptoDriverModule = CryptoDriverModule.vodozemac(),
            authProviderData = null,
            configuration = configure,
        )
        if (reopened.isSuccess) return reopened.getOrThrow()
        if (reopened.exceptionOrNull() !is IllegalArgumentException) throw reopened.exceptionOrNull()!!
        return MatrixClient.create(
            repositoriesModule = RepositoriesModule.exposed(database),
            mediaStoreModule = MediaStoreModule.inMemory(),
            cryptoDriverModule = CryptoDriverModule.vodozemac(),
            authProviderData = ClassicMatrixClientAuthProviderData(
                Url(settings.homeserverUrl), settings.accessToken, null, null,
            ),
            configuration = configure,
        ).getOrThrow()
    }

    private fun open(storePath: Path): Database {
        val file = storePath.toAbsolutePath()
        file.parent?.let { Files.createDirectories(it) }
        return Database.connect("jdbc:h2:file:$file;DB_CLOSE_DELAY=-1", driver = "org.h2.Driver")
    }
}

/** What the adapter needs to know; plain Java types, built by the Java configuration. */
class TrixnitySettings(
    val homeserverUrl: String,
    val accessToken: String,
    val storePath: Path,
    val decryptionTimeout: java.time.Duration,
    val syncBackOffLimit: java.time.Duration,
    val sendBackOffLimit: java.time.Duration,
    val syncTimeout: java.time.Duration = java.time.Duration.ofSeconds(30),
)
