// Forwards chunks to a socket after a fixed delay, in arrival order: the one-way network
// latency of the bench's latency proxy. With 0 ms it writes at once (no timer, no added wait).
import type { Socket } from "node:net";

export class DelayedPipe {
  private queue: { due: number; data: Buffer }[] = [];
  private timer: NodeJS.Timeout | null = null;
  private ending = false;

  constructor(
    private readonly dest: Socket,
    private readonly delayMs: number,
  ) {}

  push(data: Buffer): void {
    if (this.delayMs <= 0) {
      this.dest.write(data);
      return;
    }
    this.queue.push({ due: performance.now() + this.delayMs, data });
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
    const now = performance.now() + 0.5;
    while (this.queue.length > 0 && this.queue[0]!.due <= now) this.dest.write(this.queue.shift()!.data);
    if (this.queue.length > 0) this.schedule();
    else if (this.ending) this.dest.end();
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.queue = [];
  }
}
