package de.auditbot.channel.matrix;

import org.springframework.data.mongodb.repository.MongoRepository;

interface HandledEventRepository extends MongoRepository<HandledEvent, String> {

    long deleteByRoomId(String roomId);
}
