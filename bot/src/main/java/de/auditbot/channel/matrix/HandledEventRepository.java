package de.auditbot.channel.matrix;

import java.time.Instant;
import org.springframework.data.mongodb.repository.MongoRepository;

interface HandledEventRepository extends MongoRepository<HandledEvent, String> {

    long deleteByRoomId(String roomId);

    long deleteByAtBefore(Instant cutoff);
}
