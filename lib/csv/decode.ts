// Bytes → text the way people's files actually arrive: UTF-8 with or without a BOM,
// UTF-16 with a BOM (Excel "Unicode text"), or Windows-1252 / Latin-1 from older Excel.
export type Decoded = { text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" };

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €…). Some Node
// builds decode that range as C1 controls, so we map it ourselves.
export const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

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

export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not valid UTF-8: the overwhelmingly common other case is a Windows "ANSI" export.
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}
