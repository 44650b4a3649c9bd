import "server-only";
// What every instructor action shares: its form result type, common field schemas, the
// audit write (with the caller's address) and the error-to-message mapping.
import { headers } from "next/headers";
import { z } from "zod";
import { clientIp } from "@/lib/auth/client-ip";
import { recordAudit } from "@/lib/db/queries/audit";
import { toAppError } from "@/lib/errors";

export type FormState = { ok?: boolean; message?: string };

export const id = z.string().min(1).max(64);
export const name = z.string().trim().min(1, "Enter a name.").max(120, "Keep it under 120 characters.");
export const bool = z.enum(["true", "false"]).transform((v) => v === "true");

export async function audit(actorId: string, action: string, targetType: string, targetId: string, batchId: string, metadata?: Record<string, string | number | boolean | null>) {
  await recordAudit({ actorId, action, targetType, targetId, batchId, metadata, ip: clientIp(await headers()) });
}

export function fail(error: unknown): FormState {
  return { ok: false, message: toAppError(error, "batch").message };
}

export const batchPath = (batchId: string) => `/instructor/batches/${batchId}`;
