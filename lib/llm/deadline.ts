// One deadline for a whole interviewer step (grade + summary + next question, or the
// report), shared by every model call and retry in it, so a hanging endpoint costs the
// student one bounded wait instead of calls × tries × timeout.

export class StepDeadline {
  private readonly endsAt: number;

  constructor(
    readonly budgetMs: number,
    private readonly now: () => number = Date.now,
    endsAt?: number,
  ) {
    this.endsAt = endsAt ?? now() + budgetMs;
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - this.now());
  }

  /** A deadline for one optional call: at most `ms` from now, never past this one. */
  slice(ms: number): StepDeadline {
    return new StepDeadline(this.budgetMs, this.now, Math.min(this.endsAt, this.now() + ms));
  }
}
