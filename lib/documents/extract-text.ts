import "server-only";
// A resume's text, read on the server from the bytes a student uploaded: the format is decided by
// the bytes (a PDF starts "%PDF-", a DOCX is a ZIP with word/document.xml), never by the name
// alone; a name that promises one format while the bytes are another is refused with a message
// that says so. Only text comes out: nothing is rendered, executed or kept of the file itself.
import { AppError } from "@/lib/errors";
import { documentMessages, MAX_PDF_PAGES, MAX_RESUME_BYTES, MAX_RESUME_CHARS } from "./limits";

export type DocumentKind = "pdf" | "docx" | "text";
export type ExtractedText = { kind: DocumentKind; text: string; truncated: boolean };

const KIND_WORDS: Record<DocumentKind, string> = { pdf: "PDF", docx: "Word document (.docx)", text: "text file" };

const startsWith = (bytes: Uint8Array, ascii: string) => ascii.split("").every((c, i) => bytes[i] === c.charCodeAt(0));

/** What the bytes are: their signature decides, not the file name. */
export function sniffKind(bytes: Uint8Array): DocumentKind | "zip" | "ole" | null {
  if (startsWith(bytes, "%PDF-")) return "pdf";
  if (startsWith(bytes, "PK\u0003\u0004")) return "zip";
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return "ole"; // legacy .doc
  return looksLikeText(bytes) ? "text" : null;
}

/** Valid UTF-8 (or UTF-16 with a BOM) with no NUL and few control characters in its first 64 kB. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 65_536);
  if (head.length === 0) return false;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(head.length === bytes.length ? head : trimPartialUtf8(head));
    let control = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0) return false;
      if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
    }
    return control <= Math.max(2, text.length / 100);
  } catch {
    return false;
  }
}

/** A 64 kB window may cut a multi-byte character in two: drop the partial one at the end. */
function trimPartialUtf8(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  let back = 0;
  while (end > 0 && back < 3 && (bytes[end - 1]! & 0xc0) === 0x80) {
    end--;
    back++;
  }
  if (end > 0 && bytes[end - 1]! >= 0xc0) end--;
  return bytes.subarray(0, end);
}

/** The kind a file name promises (".pdf" → pdf), or null when it promises nothing we read. */
function kindFromName(name: string | undefined): DocumentKind | "doc" | null {
  const ext = name?.toLowerCase().match(/\.([a-z0-9]{1,5})$/)?.[1];
  if (ext === "pdf") return "pdf";
  if (ext === "docx") return "docx";
  if (ext === "doc") return "doc";
  if (ext === "txt" || ext === "md" || ext === "text") return "text";
  return null;
}

/** Plain, tidy text: no control characters, no runs of blank lines or spaces, capped in length. */
export function tidyText(raw: string): { text: string; truncated: boolean } {
  const text = raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff]/g, "")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return text.length > MAX_RESUME_CHARS ? { text: text.slice(0, MAX_RESUME_CHARS).trimEnd(), truncated: true } : { text, truncated: false };
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import("unpdf");
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: pdf.js takes ownership of (detaches) the buffer it is given.
    // unpdf's serverless pdf.js build evaluates no code from the file and renders nothing here.
    pdf = await getDocumentProxy(new Uint8Array(bytes));
  } catch {
    throw new AppError("bad_request:document", documentMessages.unreadable("PDF"));
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      const pages: string[] = [];
      for (let i = 1; i <= MAX_PDF_PAGES; i++) {
        const content = await (await pdf.getPage(i)).getTextContent();
        pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
      }
      return pages.join("\n\n");
    }
    const { text } = await extractText(pdf, { mergePages: false });
    return (Array.isArray(text) ? text : [text]).join("\n\n");
  } catch {
    throw new AppError("bad_request:document", documentMessages.unreadable("PDF"));
  } finally {
    await pdf.cleanup().catch(() => {});
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = await import("mammoth");
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value;
  } catch {
    throw new AppError("unsupported_media_type:document", documentMessages.notWhatItSays(KIND_WORDS.docx));
  }
}

function plainText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes);
}

/** The text of an uploaded resume, or a 4xx AppError whose message tells the student what to do. */
export async function extractResumeText(bytes: Uint8Array, fileName?: string): Promise<ExtractedText> {
  if (bytes.length > MAX_RESUME_BYTES) throw new AppError("payload_too_large:document", documentMessages.tooLarge);
  if (bytes.length === 0) throw new AppError("bad_request:document", documentMessages.empty);
  const promised = kindFromName(fileName);
  const sniffed = sniffKind(bytes);
  if (sniffed === "ole" || promised === "doc") throw new AppError("unsupported_media_type:document", documentMessages.legacyWord);
  const actual: DocumentKind | null = sniffed === "zip" ? "docx" : sniffed;
  if (promised && promised !== "text" && actual !== promised) throw new AppError("unsupported_media_type:document", documentMessages.notWhatItSays(KIND_WORDS[promised]));
  if (!actual) throw new AppError("unsupported_media_type:document", documentMessages.unsupported);

  const raw = actual === "pdf" ? await pdfText(bytes) : actual === "docx" ? await docxText(bytes) : plainText(bytes);
  const tidy = tidyText(raw);
  // A PDF made of scanned images has pages but (almost) no characters.
  if (actual === "pdf" && tidy.text.replace(/\s/g, "").length < 20) throw new AppError("bad_request:document", documentMessages.noTextLayer);
  if (tidy.text.length === 0) throw new AppError("bad_request:document", documentMessages.empty);
  return { kind: actual, ...tidy };
}
