// Forwards chunks to a socket after a fixed delay, in arrival order: the one-way network
// latency of the bench's latency proxy. With 0 ms it writes at once (no timer, no added wait).
import type { Socket } from "node:net";

export class DelayedPipe {
  private queue: { due: number; data: Buffer; arrived: number }[] = [];
  private timer: NodeJS.Timeout | null = null;
  private ending = false;
  /** Added wait actually applied, summed over delivered chunks: timers overshoot under load. */
  delivered = { chunks: 0, waitedMs: 0 };

  constructor(
    private readonly dest: Socket,
    private readonly delayMs: number,
  ) {}

  push(data: Buffer): void {
    if (this.delayMs <= 0) {
      this.dest.write(data);
      return;
    }
    this.queue.push({ due: performance.now() + this.delayMs, data, arrived: performance.now() });
    this.schedule();
  }

  /** Ends the destination once everything already queued has been delivered. */
  end(): void {
    this.ending = true;
    if (this.queue.length === 0) this.dest.end();
  }

  private schedule(): void {
    if (this.timer || this.queue.length === 0) return;
    const wait = Math.max(0, this.queue[0]!.due - performance.now());
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = null;
    // Timers may fire a little early or late; anything due within 0.5 ms goes now, in order.
    const now = performance.now();
    while (this.queue.length > 0 && this.queue[0]!.due <= now + 0.5) {
      const item = this.queue.shift()!;
      this.dest.write(item.data);
      this.delivered.chunks++;
      this.delivered.waitedMs += now - item.arrived;
    }
    if (this.queue.length > 0) this.schedule();
    else if (this.ending) this.dest.end();
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.queue = [];
  }
}
