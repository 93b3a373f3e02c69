package de.auditbot.channel.matrix;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A gateway that can be started again after it was closed, as the lease demands: each start opens
 * a fresh gateway from the factory (and with it the SDK's store), each close shuts that one down.
 * Before the first start and after a close, nothing is open, and calls that need the homeserver fail.
 */
final class RestartableGateway implements MatrixGateway {

    private final Supplier<MatrixGateway> factory;
    private volatile MatrixGateway current;

    RestartableGateway(Supplier<MatrixGateway> factory) {
        this.factory = factory;
    }

    @Override
    public synchronized CompletableFuture<Void> start(MatrixListener listener) {
        close();
        MatrixGateway gateway = factory.get();
        current = gateway;
        return gateway.start(listener);
    }

    @Override
    public CompletableFuture<Void> join(String roomId) {
        return open().join(roomId);
    }

    @Override
    public CompletableFuture<Void> decline(String roomId) {
        return open().decline(roomId);
    }

    @Override
    public CompletableFuture<Void> send(OutboundNotice notice) {
        return open().send(notice);
    }

    @Override
    public CompletableFuture<Void> sendImage(OutboundImage image) {
        return open().sendImage(image);
    }

    @Override
    public void typing(String roomId, boolean typing) {
        MatrixGateway gateway = current;
        if (gateway != null) {
            gateway.typing(roomId, typing);
        }
    }

    @Override
    public String userId() {
        return open().userId();
    }

    @Override
    public String deviceId() {
        return open().deviceId();
    }

    @Override
    public SyncStatus status() {
        MatrixGateway gateway = current;
        return gateway == null ? SyncStatus.starting() : gateway.status();
    }

    /** True while a gateway is open, i.e. between a start and the next close. */
    boolean isOpen() {
        return current != null;
    }

    @Override
    public synchronized void close() {
        MatrixGateway gateway = current;
        current = null;
        if (gateway != null) {
            gateway.close();
        }
    }

    private MatrixGateway open() {
        MatrixGateway gateway = current;
        if (gateway == null) {
            throw new IllegalStateException("The Matrix channel is not running on this instance");
        }
        return gateway;
    }
}
