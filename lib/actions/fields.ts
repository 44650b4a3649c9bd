// Field schemas the instructor actions share (ids, names, true/false switches), and where a class's pages live.
// The question fields have their own module (lib/questions/validation), shared with the forms and the CSV import.
import { z } from "zod";

export const id = z.string().min(1).max(64);
export const name = z.string("Enter a name.").trim().min(1, "Enter a name.").max(120, "Keep it under 120 characters.");
export const description = z.string().trim().max(500, "Keep the description under 500 characters.").default("");
export const bool = z.enum(["true", "false"]).transform((v) => v === "true");

/** A class's pages; revalidate it as ["…", "layout"] to refresh every page under it. */
export const batchPath = (batchId: string) => `/instructor/batches/${batchId}`;

/** An e-mail address as typed in a form (login, sign-up, invitations); compared lower-cased by the data layer. */
export const email = z
  .string("Enter an e-mail address.")
  .trim()
  .min(1, "Enter an e-mail address.")
  .max(254, "Keep it under 254 characters.")
  .email("Enter a valid e-mail address.");
