// Sends the offline queue to the server, one run at a time. Calls that come while a run is in flight join
// it, and make it go round once more, since whatever prompted them (a cramp queued, an edit, the network
// back) may have changed the queue after the run read it. A run stops when the network or the session is
// gone; the next `online` event, visit or timer starts a new one. Plain TypeScript, no React: the diary's
// provider drives it, the tests drive it with a fake server.
import { type EpisodeQueue, type FlushOutcome, flushQueue, type Transport } from './offline-queue';

export type SyncLoopEvents = {
  /** A run started sending (the page shows "Syncing…"). */
  onStart?: () => void;
  /** One pass over the queue ended: what reached the server and why it stopped, if it did. */
  onRound?: (outcome: FlushOutcome) => void;
  /** The run failed outside the server's answers (storage refused a write): what is queued stays queued. */
  onError?: (error: unknown) => void;
  /** The run ended, however it ended (re-read the queue). */
  onEnd?: () => void;
};

export class SyncLoop {
  private flight: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly queue: EpisodeQueue,
    private readonly transport: Transport,
    private readonly newId: () => string,
    private readonly events: SyncLoopEvents = {},
  ) {}

  /** Whether a run is in flight. */
  get running(): boolean {
    return this.flight !== null;
  }

  /** Sends what waits. During a run, answers that run's promise and has it go round once more. */
  run(): Promise<void> {
    if (this.flight) {
      this.again = true;
      return this.flight;
    }
    this.flight = this.loop();
    return this.flight;
  }

  private async loop(): Promise<void> {
    // Lets run() record this flight before the loop can end: the loop clears it itself, right after its
    // last look at `again`, so no call can join a run that has already decided to stop.
    await Promise.resolve();
    this.events.onStart?.();
    try {
      do {
        this.again = false;
        if (!this.queue.entries().some((entry) => entry.problem === null)) break;
        const outcome = await flushQueue(this.queue, this.transport, this.newId);
        this.events.onRound?.(outcome);
        if (outcome.waiting) break;
      } while (this.again);
    } catch (error) {
      this.events.onError?.(error);
    } finally {
      this.flight = null;
      this.again = false;
      this.events.onEnd?.();
    }
  }
}
