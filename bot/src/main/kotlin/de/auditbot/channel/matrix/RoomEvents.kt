package de.auditbot.channel.matrix

import de.connect2x.trixnity.client.MatrixClient
import de.connect2x.trixnity.client.room
import de.connect2x.trixnity.client.store.TimelineEvent
import de.connect2x.trixnity.client.store.isEncrypted
import de.connect2x.trixnity.client.store.joinedMemberCount
import de.connect2x.trixnity.clientserverapi.model.sync.Sync
import de.connect2x.trixnity.core.model.events.ClientEvent.RoomEvent.MessageEvent
import de.connect2x.trixnity.core.model.events.m.RelatesTo
import de.connect2x.trixnity.core.model.events.m.room.MemberEventContent
import de.connect2x.trixnity.core.model.events.m.room.Membership
import de.connect2x.trixnity.core.model.events.m.room.RoomMessageEventContent
import kotlinx.coroutines.flow.first
import java.time.Instant

/**
 * Turns Trixnity's events into the channel's plain records: text messages of other people
 * (or the fact that one could not be decrypted) and invites of the bot.
 */
internal class RoomEvents(private val client: MatrixClient) {

    /** The message, or null for anything the channel does not answer (own messages, notices, state). */
    suspend fun message(timelineEvent: TimelineEvent): RoomMessage? {
        val event = timelineEvent.event as? MessageEvent<*> ?: return null
        if (event.sender == client.userId) return null
        val content = timelineEvent.content
        val decrypted = content?.getOrNull()
        if (decrypted == null) {
            if (!timelineEvent.isEncrypted) return null
            return RoomMessage(event.roomId.full, event.id.full, event.sender.full,
                Instant.ofEpochMilli(event.originTimestamp), null, null, false, isDirect(event), true)
        }
        val text = decrypted as? RoomMessageEventContent.TextBased.Text ?: return null
        val threadRoot = (text.relatesTo as? RelatesTo.Thread)?.eventId?.full
        val mentionsBot = text.mentions?.users?.contains(client.userId) == true
        return RoomMessage(event.roomId.full, event.id.full, event.sender.full,
            Instant.ofEpochMilli(event.originTimestamp), text.body, threadRoot, mentionsBot, isDirect(event), false)
    }

    /** The invites of the bot in one sync response. */
    fun invites(response: Sync.Response): List<RoomInvite> =
        response.room?.invite.orEmpty().mapNotNull { (roomId, invited) ->
            val own = invited.strippedState?.events.orEmpty().firstOrNull {
                it.stateKey == client.userId.full && (it.content as? MemberEventContent)?.membership == Membership.INVITE
            } ?: return@mapNotNull null
            RoomInvite(roomId.full, own.sender.full)
        }

    /** A direct chat: marked direct, or a room of the bot and exactly one other person. */
    private suspend fun isDirect(event: MessageEvent<*>): Boolean {
        val room = client.room.getById(event.roomId).first() ?: return false
        return room.isDirect || room.joinedMemberCount == 2L
    }
}
