// Text from files saved through the wrong encoding: a Windows dash or curly quote that went
// through Latin-1 arrives as a C1 control (U+0080–U+009F), which browsers draw as a box.
// These map back to the Windows-1252 character the author typed; other controls go.
import { CP1252_HIGH } from "@/lib/chars";

// C0 controls other than tab, line feed and carriage return; DEL; the C1 range.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

function replacement(c: string): string {
  const code = c.charCodeAt(0);
  // Excel writes a line break inside a cell as a vertical tab in some exports.
  if (code === 0x0b) return "\n";
  if (code >= 0x80 && code <= 0x9f) {
    const mapped = CP1252_HIGH[code - 0x80]!;
    // Five bytes have no Windows-1252 character: there is nothing to restore, so they go.
    return mapped.charCodeAt(0) >= 0x80 && mapped.charCodeAt(0) <= 0x9f ? "" : mapped;
  }
  return "";
}

/** The text with mis-encoded C1 controls restored (cp1252 → Unicode) and other control characters removed. Linear. */
export function cleanText(value: string): string {
  // The test first: most text has none, and then nothing is copied.
  return CONTROL.test(value) ? value.replace(CONTROLS, replacement) : value;
}
