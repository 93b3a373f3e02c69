package de.auditbot.channel.matrix;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ChannelStartRepository extends MongoRepository<ChannelStart, String> {
}
