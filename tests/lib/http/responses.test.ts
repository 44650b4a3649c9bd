// The Server-Sent Events response: a first byte at once, keep-alive comments while a long
// step runs, reset events, and a client that leaves mid-stream does not break the step.
import { describe, expect, it, vi } from "vitest";
import { eventStream } from "@/lib/http/responses";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function readAll(response: Response): Promise<string> {
  return new TextDecoder().decode(await response.arrayBuffer());
}

describe("eventStream", () => {
  it("sends a comment at once and keep-alives while the step runs", async () => {
    let finish!: (v: unknown) => void;
    const response = eventStream(() => new Promise((r) => (finish = r)), "turn", { keepAliveMs: 40 });
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toBe(": connected\n\n"); // before the step has produced anything
    await sleep(150);
    finish({ done: true });
    let rest = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      rest += new TextDecoder().decode(value);
    }
    expect(rest.match(/: keep-alive\n\n/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(rest).toContain('event: result\ndata: {"done":true}');
  });

  it("passes resets through as events", async () => {
    const response = eventStream(async (sink) => {
      sink.onToken("So, to get ");
      sink.onReset();
      sink.onToken("Hello");
      return 1;
    }, "turn");
    const text = await readAll(response);
    expect(text.indexOf("event: reset")).toBeGreaterThan(text.indexOf('"So, to get "'));
    expect(text).toContain('event: token\ndata: {"text":"Hello"}');
  });

  it("finishes the step without errors when the client disconnects mid-stream", async () => {
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    process.on("unhandledRejection", onError);
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    let completed = false;
    const response = eventStream(
      async (sink) => {
        sink.onToken("first ");
        await sleep(50);
        sink.onToken("second "); // the client is gone by now
        sink.onReset();
        await sleep(20);
        completed = true;
        return { saved: true };
      },
      "turn",
      { keepAliveMs: 10 },
    );
    const reader = response.body!.getReader();
    await reader.read();
    await reader.cancel();
    await sleep(150);
    process.off("unhandledRejection", onError);
    expect(completed).toBe(true);
    expect(errors).toEqual([]);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
