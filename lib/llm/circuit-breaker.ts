// Per-process circuit breaker for the model: after `threshold` consecutive failed calls the
// model is skipped for `cooldownMs` and every step goes straight to the built-in grader. After
// the cool-down one call is let through; success closes the circuit, failure re-opens it.

export class CircuitBreaker {
  private consecutiveFailures = 0;
  private openUntil = 0;

  constructor(
    readonly threshold: number,
    readonly cooldownMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** False while the circuit is open: do not call the model. */
  allows(): boolean {
    return this.now() >= this.openUntil;
  }

  succeeded(): void {
    this.consecutiveFailures = 0;
    this.openUntil = 0;
  }

  failed(): void {
    this.consecutiveFailures++;
    if (this.consecutiveFailures >= this.threshold) this.openUntil = this.now() + this.cooldownMs;
  }

  get isOpen(): boolean {
    return !this.allows();
  }
}
