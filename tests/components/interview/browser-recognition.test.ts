// The browser's speech recognition as the recorder uses it, against a stand-in with the same
// events: sessions that end on their own are restarted until the student stops, pausing keeps
// what was heard, and a refusal or an unreachable service is reported as such.
import { afterEach, describe, expect, it, vi } from "vitest";
import { hasBrowserRecognition, startRecognition } from "@/components/interview/voice/browser-recognition";

type Result = { isFinal: boolean; 0: { transcript: string } };

class FakeRecognition {
  static all: FakeRecognition[] = [];
  lang = "";
  continuous = false;
  interimResults = false;
  onresult: ((e: { resultIndex: number; results: Result[] }) => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  onend: (() => void) | null = null;
  started = false;
  constructor() {
    FakeRecognition.all.push(this);
  }
  start() {
    this.started = true;
  }
  stop() {
    queueMicrotask(() => this.onend?.());
  }
  abort() {
    this.onend?.();
  }
  hear(...parts: [string, boolean][]) {
    this.onresult?.({ resultIndex: 0, results: parts.map(([transcript, isFinal]) => ({ isFinal, 0: { transcript } })) });
  }
}

const latest = () => FakeRecognition.all.at(-1)!;

afterEach(() => {
  vi.unstubAllGlobals();
  FakeRecognition.all = [];
});

describe("browser speech recognition", () => {
  it("is there only when the browser has it", () => {
    vi.stubGlobal("window", {});
    expect(hasBrowserRecognition()).toBe(false);
    vi.stubGlobal("window", { webkitSpeechRecognition: FakeRecognition });
    expect(hasBrowserRecognition()).toBe(true);
  });

  it("listens across sessions the browser ends, and across a pause, until the student stops", async () => {
    vi.stubGlobal("window", { webkitSpeechRecognition: FakeRecognition });
    const interim: string[] = [];
    const failed = vi.fn();
    const r = startRecognition("en-GB", (t) => interim.push(t), failed);
    expect(latest()).toMatchObject({ lang: "en-GB", continuous: true, interimResults: true, started: true });
    latest().hear(["An index", true], [" is a sor", false]);
    expect(interim.at(-1)).toBe("An index is a sor");
    latest().onend!(); // the browser ended the session after a silence: a new one starts
    expect(FakeRecognition.all).toHaveLength(2);
    latest().hear(["is a sorted copy of a column", true]);
    r.pause();
    await Promise.resolve();
    expect(FakeRecognition.all).toHaveLength(2); // paused: not restarted
    r.resume();
    latest().hear(["kept in order", true]);
    expect(await r.finish()).toEqual({ text: "An index is a sorted copy of a column kept in order", failure: null });
    expect(failed).not.toHaveBeenCalled();
  });

  it("says nothing was heard, or why it could not listen", async () => {
    vi.stubGlobal("window", { webkitSpeechRecognition: FakeRecognition });
    expect(await startRecognition("en", () => {}, vi.fn()).finish()).toEqual({ text: "", failure: "no-speech" });

    const failed = vi.fn();
    const r = startRecognition("en", () => {}, failed);
    latest().onerror!({ error: "network" });
    latest().onend!();
    expect(failed).toHaveBeenCalledOnce();
    expect(FakeRecognition.all).toHaveLength(2); // not restarted after a failure
    expect(await r.finish()).toEqual({ text: "", failure: "recognition-down" });

    // What was heard before the service failed is given back with the failure, not dropped.
    const partly = startRecognition("en", () => {}, vi.fn());
    latest().hear(["An index speeds up reads", true]);
    latest().onerror!({ error: "network" });
    latest().onend!();
    expect(await partly.finish()).toEqual({ text: "An index speeds up reads", failure: "recognition-down" });

    const denied = startRecognition("en", () => {}, vi.fn());
    latest().onerror!({ error: "not-allowed" });
    latest().onend!();
    expect((await denied.finish()).failure).toBe("denied");
  });
});
