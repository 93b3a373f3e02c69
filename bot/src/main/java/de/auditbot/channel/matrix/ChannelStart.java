package de.auditbot.channel.matrix;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * When the bot's Matrix account first ran here. Messages sent before it are history from before
 * the bot existed, and are never answered.
 */
@Document("matrixChannelStarts")
record ChannelStart(@Id String userId, Instant firstStart) {
}
