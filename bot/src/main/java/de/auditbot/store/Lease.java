package de.auditbot.store;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who may run a task that only one instance may run at a time, and until when. An expired lease
 * is free for anyone to take.
 *
 * @param name      what the lease is for, e.g. {@code matrix}
 * @param holder    the instance holding it
 * @param expiresAt when it lapses unless its holder renews it
 */
@Document(Leases.COLLECTION)
public record Lease(@Id String name, String holder, Instant expiresAt) {
}
