// The one home of the rules for the class-invitation list (the Students page form and its
// action): one address per line (commas and semicolons also split), at most MAX_INVITES, each
// a valid address; repeats are sent once. No server code: the form shows the same limits.
import { z } from "zod";

export const MAX_INVITES = 50;
export const MAX_INVITE_TEXT = 20_000;

export type InviteList = {
  addresses: string[];
  /** Lines that are not addresses, numbered from 1 as the person sees them. */
  invalid: { line: number; text: string }[];
  /** Lines that repeat an earlier address (sent once). */
  duplicates: number[];
};

const address = z.email();

/** Reads the pasted list; linear in its length. */
export function parseInviteList(text: string): InviteList {
  const addresses: string[] = [];
  const seen = new Set<string>();
  const invalid: InviteList["invalid"] = [];
  const duplicates: number[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    for (const part of raw.split(/[,;]/)) {
      const value = part.trim().replace(/^<|>$/g, "");
      if (value === "") continue;
      if (value.length > 254 || !address.safeParse(value).success) invalid.push({ line: i + 1, text: value.slice(0, 80) });
      else if (seen.has(value.toLowerCase())) duplicates.push(i + 1);
      else {
        seen.add(value.toLowerCase());
        addresses.push(value.toLowerCase());
      }
    }
  });
  return { addresses, invalid, duplicates };
}

/** Why the list cannot be sent as it is, or null when it can. */
export function inviteListProblem(list: InviteList): string | null {
  if (list.invalid.length > 0) {
    const shown = list.invalid.slice(0, 5).map((p) => `line ${p.line} (“${p.text}”)`);
    return `Not an e-mail address: ${shown.join(", ")}${list.invalid.length > 5 ? ` and ${list.invalid.length - 5} more` : ""}. Fix or remove ${list.invalid.length === 1 ? "it" : "them"}; nothing was sent.`;
  }
  if (list.addresses.length === 0) return "Paste at least one e-mail address, one per line.";
  if (list.addresses.length > MAX_INVITES) return `That is ${list.addresses.length} addresses; send at most ${MAX_INVITES} at a time. Nothing was sent.`;
  return null;
}
