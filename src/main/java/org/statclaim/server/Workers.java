package org.statclaim.server;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The extraction threads: a fixed number run at once, a bounded number wait ({@link #submit}
 * answers null past that: the server's 429), and a job that outlives its request's time limit is
 * abandoned ({@link #await}): its thread is interrupted (the extraction stops at its next step or
 * sentence, see {@code ClaimPipeline.stopIfInterrupted}) and, while it still runs, a new thread
 * takes its place, so a runaway document never holds a thread the next requests need. At most
 * {@code threads} abandoned jobs get a replacement at a time (the CPU they may still burn is
 * bounded); past that, requests wait for the threads there are.
 */
final class Workers {

    private final int threads;
    private final ThreadPoolExecutor pool;
    private final Semaphore admitted;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger abandoned = new AtomicInteger();
    /** Threads added in place of abandoned jobs still running (guarded by this). */
    private int extra;

    Workers(int threads, int queue) {
        this.threads = threads;
        this.admitted = new Semaphore(threads + queue);
        // the queue itself is unbounded: admission (the semaphore) bounds what is in it
        this.pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "statclaim-extract");
            t.setDaemon(true);
            return t;
        });
    }

    /** A job for {@code work}, started when a thread is free; null when threads and queue are full, or after {@link #shutdown}. */
    <T> Job<T> submit(Callable<T> work) {
        if (!admitted.tryAcquire()) {
            return null;
        }
        Job<T> job = new Job<>(work);
        try {
            pool.execute(job);
        } catch (java.util.concurrent.RejectedExecutionException shutDown) {
            admitted.release();
            return null;
        }
        return job;
    }

    /**
     * The job's value, waited for until {@code deadline} ({@link System#nanoTime()}); then the job
     * is abandoned and a {@link TimeoutException} thrown. Either way the job's place in the
     * queue is free again.
     */
    <T> T await(Job<T> job, long deadline) throws TimeoutException, ExecutionException, InterruptedException {
        try {
            return job.result.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | InterruptedException e) {
            job.abandon();
            throw e;
        } finally {
            admitted.release();
        }
    }

    /** Extractions running now, abandoned ones included. */
    int running() {
        return running.get();
    }

    /** Jobs waiting for a thread. */
    int queued() {
        return pool.getQueue().size();
    }

    /** Abandoned jobs whose extraction has not stopped yet. */
    int abandoned() {
        return abandoned.get();
    }

    /** No new jobs; the ones running and queued still finish. */
    void shutdown() {
        pool.shutdown();
    }

    /** Interrupts every job and waits up to {@code millis} for the threads to end. */
    void shutdownNow(long millis) throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }

    private synchronized boolean grow() {
        if (extra >= threads) {
            return false;
        }
        extra++;
        pool.setMaximumPoolSize(threads + extra); // the maximum first: the core size may never exceed it
        pool.setCorePoolSize(threads + extra);
        return true;
    }

    private synchronized void shrink() {
        extra--;
        pool.setCorePoolSize(threads + extra);
        pool.setMaximumPoolSize(threads + extra);
    }

    /** One extraction: queued, running, done, or abandoned by its request. */
    final class Job<T> implements Runnable {

        private static final int QUEUED = 0;
        private static final int RUNNING = 1;
        private static final int DONE = 2;
        private static final int ABANDONED = 3;

        private final Callable<T> work;
        final CompletableFuture<T> result = new CompletableFuture<>();
        /** Guarded by this, as are {@code runner} and {@code replaced}. */
        private int state = QUEUED;
        private Thread runner;
        private boolean replaced;

        private Job(Callable<T> work) {
            this.work = work;
        }

        @Override
        public void run() {
            synchronized (this) {
                if (state != QUEUED) {
                    return; // abandoned while it waited
                }
                state = RUNNING;
                runner = Thread.currentThread();
            }
            running.incrementAndGet();
            try {
                result.complete(work.call());
            } catch (Throwable t) { // a StackOverflowError of a pathological text included: the request's 500
                result.completeExceptionally(t);
            } finally {
                boolean wasAbandoned;
                boolean wasReplaced;
                synchronized (this) {
                    wasAbandoned = state == ABANDONED;
                    wasReplaced = replaced;
                    state = wasAbandoned ? ABANDONED : DONE;
                    runner = null;
                    Thread.interrupted(); // an interrupt meant for this job must not reach the next one
                }
                running.decrementAndGet();
                if (wasAbandoned) {
                    abandoned.decrementAndGet();
                    if (wasReplaced) {
                        shrink();
                    }
                }
            }
        }

        /** The request gave up: a waiting job never starts, a running one is interrupted and replaced. */
        private void abandon() {
            synchronized (this) {
                if (state == QUEUED) {
                    state = DONE;
                    pool.remove(this);
                    return;
                }
                if (state != RUNNING) {
                    return;
                }
                state = ABANDONED;
                abandoned.incrementAndGet();
                runner.interrupt();
                replaced = grow();
            }
        }
    }
}
