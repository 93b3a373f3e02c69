package de.auditbot.store;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit: a writer whose write is done waits for a commit that began after its write, and
 * writers that finish while a commit runs share the next one instead of committing one after the
 * other. Each writer still returns only once its write is committed.
 */
public final class SharedCommit {

    private final Runnable commit;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition committed = lock.newCondition();
    /** Commits begun so far; the one running, if any, has this number. */
    private long begun;
    /** The number of the last commit that finished. */
    private long finished;
    private boolean running;
    private long succeeded;

    /** @param commit commits everything written so far */
    public SharedCommit(Runnable commit) {
        this.commit = commit;
    }

    /**
     * Returns once a commit that began after this call has finished, so that everything the
     * calling thread wrote before the call is committed. Throws what the commit threw when this
     * thread ran it; a waiting writer whose commit failed runs the next one itself.
     */
    public void commitCovering() {
        lock.lock();
        try {
            // A commit running now may have begun before the caller's write; only a later one covers it.
            long needed = begun + 1;
            while (finished < needed) {
                if (running) {
                    committed.awaitUninterruptibly();
                } else {
                    runCommit();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many commits have succeeded. */
    public long commits() {
        lock.lock();
        try {
            return succeeded;
        } finally {
            lock.unlock();
        }
    }

    /** Runs one commit with the lock released, so that writers finishing meanwhile queue for the next. */
    private void runCommit() {
        running = true;
        long number = ++begun;
        boolean done = false;
        lock.unlock();
        try {
            commit.run();
            done = true;
        } finally {
            lock.lock();
            running = false;
            if (done) {
                finished = number;
                succeeded++;
            }
            committed.signalAll();
        }
    }
}
