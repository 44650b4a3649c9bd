import "server-only";
// Personal documents at rest (a student's resume and job description): AES-256-GCM with the key
// from DATA_ENCRYPTION_KEY, a fresh 12-byte IV per value, and the owner and field as associated
// data — a ciphertext copied onto another account or field does not decrypt. Stored as text:
// "v1.<iv>.<tag>.<ciphertext>" (base64url), so the version can change without a migration.
// Binary values (a kept recording) use the same cipher and binding, stored as bytes:
// <version byte 1><iv 12><tag 16><ciphertext>, with no base64 to inflate audio by a third.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors";
import { dataEncryptionKey } from "@/lib/env";

const VERSION = "v1";
const IV_BYTES = 12;

/** Whose value it is and what it is ("user:<id>:resume"): bound into the ciphertext. */
export type Binding = string;

function key(): Buffer {
  const k = dataEncryptionKey();
  if (!k) {
    throw new AppError(
      "unavailable:document",
      "Resumes and job descriptions cannot be saved on this server yet: its administrator has not set DATA_ENCRYPTION_KEY. You can still practise without them.",
    );
  }
  return k;
}

/** Throws the "key missing" error now, before work whose result could not be stored (an upload's extraction). */
export function assertCanEncrypt(): void {
  key();
}

export function encryptText(plain: string, binding: Binding): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(binding, "utf8"));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

/** The plain text, or an error when the value was changed, moved to another binding, or the key changed. */
export function decryptText(stored: string, binding: Binding): string {
  const [version, iv, tag, body] = stored.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) throw new AppError("conflict:document", "This saved document cannot be read; delete it and add it again.");
  const k = key(); // outside the try: a missing key is its own 503, not "the data was altered"
  try {
    const decipher = createDecipheriv("aes-256-gcm", k, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(binding, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new AppError("conflict:document", "This saved document cannot be read (the server's key changed or the data was altered); delete it and add it again.");
  }
}

const BYTES_VERSION = 1;
const TAG_BYTES = 16;

/** Whether values can be encrypted now (a kept recording is skipped, not refused, without a key). */
export function canEncrypt(): boolean {
  return dataEncryptionKey() !== null;
}

export function encryptBytes(plain: Uint8Array, binding: Binding): Uint8Array<ArrayBuffer> {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(binding, "utf8"));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  const out = new Uint8Array(1 + IV_BYTES + TAG_BYTES + body.length);
  out[0] = BYTES_VERSION;
  out.set(iv, 1);
  out.set(cipher.getAuthTag(), 1 + IV_BYTES);
  out.set(body, 1 + IV_BYTES + TAG_BYTES);
  return out;
}

/** The plain bytes, or a conflict error when they were changed, moved to another binding, or the key changed. */
export function decryptBytes(stored: Uint8Array, binding: Binding): Buffer {
  const unreadable = () => new AppError("conflict:document", "This saved recording cannot be read (the server's key changed or the data was altered); delete it.");
  if (stored.length < 1 + IV_BYTES + TAG_BYTES || stored[0] !== BYTES_VERSION) throw unreadable();
  const k = key(); // outside the try, as in decryptText
  const data = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  try {
    const decipher = createDecipheriv("aes-256-gcm", k, data.subarray(1, 1 + IV_BYTES));
    decipher.setAAD(Buffer.from(binding, "utf8"));
    decipher.setAuthTag(data.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(data.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw unreadable();
  }
}
