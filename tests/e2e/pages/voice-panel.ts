// The interview room's "Answer out loud" panel, and the fake transcription endpoint behind it.
import { expect, type Page } from "@playwright/test";
import type { TranscriptionReply } from "../../support/fake-speech";

export type SeenTranscription = { fields: Record<string, string[]>; file: { name: string; type: string; size: number } | null };

export class VoicePanel {
  constructor(
    private readonly page: Page,
    private readonly speechURL: string,
  ) {}

  panel() {
    return this.page.getByTestId("voice-answer");
  }

  /** Seconds shown on the recording clock. */
  async elapsedSeconds(): Promise<number> {
    const [m, s] = (await this.page.getByTestId("record-elapsed").textContent())!.split(" / ")[0]!.split(":").map(Number);
    return m! * 60 + s!;
  }

  async record(seconds: number) {
    await this.page.getByTestId("record-start").click();
    await expect(this.page.getByTestId("record-state")).toHaveText("Recording");
    await expect.poll(() => this.elapsedSeconds(), { timeout: (seconds + 5) * 1000 }).toBeGreaterThanOrEqual(seconds);
  }

  async stop() {
    await this.page.getByTestId("record-stop").click();
  }

  /** Queues the fake endpoint's next replies. */
  async reply(...replies: TranscriptionReply[]) {
    const res = await this.page.request.post(`${this.speechURL}/__reply`, { data: replies });
    expect(res.status()).toBe(204);
  }

  async seen(): Promise<SeenTranscription[]> {
    return (await this.page.request.get(`${this.speechURL}/__requests`)).json();
  }
}
