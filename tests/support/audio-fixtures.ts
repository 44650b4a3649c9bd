// Real audio for tests, made here: a 16-bit mono PCM WAV of tones and silences (what a fake
// microphone or a transcription endpoint receives), and, when Debian's espeak-ng is installed,
// a spoken sentence. No downloads, nothing committed.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** A WAV of `parts`: a tone (Hz) or silence (0) for each duration in seconds. */
export function toneWav(parts: { hz: number; seconds: number }[], sampleRate = 16_000): Uint8Array<ArrayBuffer> {
  const samples = parts.reduce((n, p) => n + Math.round(p.seconds * sampleRate), 0);
  const buffer = new ArrayBuffer(44 + samples * 2);
  const view = new DataView(buffer);
  const ascii = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) view.setUint8(at + i, s.charCodeAt(i));
  };
  ascii(0, "RIFF");
  view.setUint32(4, 36 + samples * 2, true);
  ascii(8, "WAVE");
  ascii(12, "fmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  ascii(36, "data");
  view.setUint32(40, samples * 2, true);
  let at = 44;
  for (const part of parts) {
    const n = Math.round(part.seconds * sampleRate);
    for (let i = 0; i < n; i++, at += 2) view.setInt16(at, part.hz ? Math.round(8000 * Math.sin((2 * Math.PI * part.hz * i) / sampleRate)) : 0, true);
  }
  return new Uint8Array(buffer);
}

/** A spoken sentence as WAV from espeak-ng, or null when it is not installed. */
export function spokenWav(sentence: string): Uint8Array<ArrayBuffer> | null {
  const dir = mkdtempSync(path.join(tmpdir(), "speech-"));
  try {
    const file = path.join(dir, "said.wav");
    execFileSync("espeak-ng", ["-w", file, sentence], { stdio: "ignore" });
    const bytes = readFileSync(file);
    return new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
