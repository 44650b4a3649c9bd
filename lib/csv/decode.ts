// Bytes → text the way people's files actually arrive: UTF-8 with or without a BOM,
// UTF-16 with a BOM (Excel "Unicode text"), or Windows-1252 / Latin-1 from older Excel.
import { CP1252_HIGH } from "@/lib/chars";

export type Decoded = { text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | "utf-8 with some windows-1252" };

// One UTF-16 code unit per byte, looked up in a table built once.
const CP1252 = Uint16Array.from({ length: 256 }, (_, b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b));

function decodeWindows1252(bytes: Uint8Array): string {
  // Write UTF-16LE and let the native decoder build the string in one go: growing a string a
  // character at a time, as this used to, is slow for a 2 MB upload.
  const utf16 = new Uint8Array(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) {
    const unit = CP1252[bytes[i]!]!;
    utf16[2 * i] = unit & 0xff;
    utf16[2 * i + 1] = unit >> 8;
  }
  return new TextDecoder("utf-16le").decode(utf16);
}

/** Length of the valid UTF-8 sequence of two or more bytes at i, or 0 (a lone, overlong or broken one). */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number) => i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f)) return 0; // overlong, or a surrogate
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * A UTF-8 file with a few Windows-1252 bytes pasted in (a dash typed in an old editor): valid
 * UTF-8 sequences decode as UTF-8, every other byte as Windows-1252. Decoding the whole file as
 * Windows-1252 instead would garble every accent and curly quote that was fine ("’" → "â€™").
 * Returns null when the file has no multi-byte UTF-8 at all, or more stray bytes than UTF-8.
 */
function decodeMixed(bytes: Uint8Array): string | null {
  let valid = 0;
  let stray = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(bytes, i);
    if (n) valid++;
    else stray++;
    i += n || 1;
  }
  if (valid === 0 || stray > valid) return null;
  const parts: string[] = [];
  const utf8 = new TextDecoder("utf-8");
  let start = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(bytes, i);
    if (n) {
      i += n;
      continue;
    }
    parts.push(utf8.decode(bytes.subarray(start, i)), String.fromCharCode(CP1252[bytes[i]!]!));
    start = ++i;
  }
  parts.push(utf8.decode(bytes.subarray(start)));
  return parts.join("");
}

export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const mixed = decodeMixed(bytes);
    if (mixed !== null) return { text: mixed, encoding: "utf-8 with some windows-1252" };
    // Not UTF-8 at all: the overwhelmingly common other case is a Windows "ANSI" export.
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}
