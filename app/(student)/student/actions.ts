"use server";
// Student actions. Each: zod → requireStudent() → data layer / service.
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireStudent } from "@/lib/auth/guards";
import { clientIp } from "@/lib/auth/client-ip";
import { recordAudit } from "@/lib/db/queries/audit";
import { enrollStudent, findBatchByCode } from "@/lib/db/queries/batches";
import { AppError, toAppError } from "@/lib/errors";
import { startSchema } from "@/lib/interview/input";
import { startInterview } from "@/lib/interview/service";
import { JOIN_PER_IP, JOIN_PER_STUDENT, takeAttempt } from "@/lib/rate-limits";

export type JoinState = { ok?: boolean; message?: string; code?: string };

const joinSchema = z.object({
  code: z.string().trim().min(1, "Enter the class code your instructor gave you.").max(32, "That code is too long — check it with your instructor."),
});

export async function joinBatchAction(_prev: JoinState, formData: FormData): Promise<JoinState> {
  const parsed = joinSchema.safeParse({ code: formData.get("code") ?? "" });
  const code = String(formData.get("code") ?? "");
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message, code };
  try {
    const student = await requireStudent();
    const ip = clientIp(await headers());
    const refund = await takeAttempt([JOIN_PER_STUDENT, student.id], [JOIN_PER_IP, ip]);
    const batch = await findBatchByCode(parsed.data.code);
    if (!batch) throw new AppError("not_found:batch", "No class has that code. Check it with your instructor — codes look like K7PQM-3XW9D.");
    await enrollStudent(batch.id, student.id);
    await refund();
    await recordAudit({ actorId: student.id, action: "enrollment.join", targetType: "batch", targetId: batch.id, batchId: batch.id, ip });
    revalidatePath("/student");
    return { ok: true, message: `You joined ${batch.name}.` };
  } catch (error) {
    return { ok: false, message: toAppError(error, "enrollment").message, code };
  }
}

export type StartState = { message?: string };

export async function startInterviewAction(_prev: StartState, formData: FormData): Promise<StartState> {
  const parsed = startSchema.safeParse({ topicId: formData.get("topicId") ?? "" });
  if (!parsed.success) return { message: "Choose a topic to start." };
  let sessionId: string;
  try {
    const student = await requireStudent();
    sessionId = (await startInterview(student, parsed.data)).view.sessionId;
  } catch (error) {
    return { message: toAppError(error, "interview").message };
  }
  redirect(`/interview/${sessionId}`);
}
