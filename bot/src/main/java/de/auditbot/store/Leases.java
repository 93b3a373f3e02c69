package de.auditbot.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Leases in the store's {@code leases} collection, one document per lease. Taking and renewing
 * is one atomic conditional update that matches only a lease that is this holder's own or has
 * expired; a lease that does not exist yet is created by an insert, which fails on the unique
 * {@code _id} when another instance created it first. (A single upsert would do the same, but
 * the embedded store logs every failed one as an error with a stack trace.) This needs neither
 * transactions nor TTL indexes, so it works on a MongoDB replica set and on the embedded store
 * alike. Holders compare expiry times with
 * their own clocks, which must therefore be synchronised (NTP) to well below a lease's duration.
 */
@Component
public class Leases {

    static final String COLLECTION = "leases";

    private final MongoTemplate mongo;
    private final Clock clock;

    public Leases(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Takes the lease if it is free or expired, or renews it if the holder has it already.
     *
     * @return true if the holder now holds the lease for the given duration from now
     */
    public boolean acquire(String name, String holder, Duration duration) {
        Instant now = clock.instant();
        Query ownOrExpired = query(where("_id").is(name)
                .orOperator(where("holder").is(holder), where("expiresAt").lt(now)));
        Update take = new Update().set("holder", holder).set("expiresAt", now.plus(duration));
        Lease taken = mongo.findAndModify(ownOrExpired, take, FindAndModifyOptions.options().returnNew(true),
                Lease.class, COLLECTION);
        if (taken != null) {
            return holder.equals(taken.holder());
        }
        if (mongo.exists(query(where("_id").is(name)), Lease.class, COLLECTION)) {
            return false;
        }
        try {
            mongo.insert(new Lease(name, holder, now.plus(duration)), COLLECTION);
            return true;
        } catch (DuplicateKeyException createdByAnother) {
            return false;
        }
    }

    /** Gives the lease up at once, if the holder still has it, so that another can take it. */
    public void release(String name, String holder) {
        mongo.updateFirst(query(where("_id").is(name).and("holder").is(holder)),
                new Update().set("expiresAt", Instant.EPOCH), Lease.class, COLLECTION);
    }

    /** The lease as stored, expired or not. */
    public Optional<Lease> find(String name) {
        return Optional.ofNullable(mongo.findById(name, Lease.class, COLLECTION));
    }
}
