"use server";
// Co-instructors: the owner adds an instructor account as an assistant (by its e-mail) or removes
// one; an assistant may leave. The data layer checks the roles (lib/db/queries/staff.ts).
import { redirect } from "next/navigation";
import { z } from "zod";
import { instructorAction } from "@/lib/actions/define";
import { batchPath, email, id } from "@/lib/actions/fields";
import { done } from "@/lib/actions/result";
import { addAssistant, removeAssistant } from "@/lib/db/queries/staff";
import { staffInvitation } from "@/lib/email/messages";
import { sendEmail } from "@/lib/email/send";
import { staffMessages } from "@/lib/staff/messages";

const staffPath = (batchId: string) => `${batchPath(batchId)}/staff`;

export const addAssistantAction = instructorAction(
  z.object({ batchId: id, email }),
  async ({ input, user, audit }) => {
    const { user: assistant, batch } = await addAssistant(input.batchId, user.id, input.email);
    await audit({ action: "staff.add", targetType: "user", targetId: assistant.id, batchId: input.batchId, metadata: { role: "ASSISTANT" } });
    // Awaited so the owner is told whether the e-mail went; the assistant is added either way.
    const mailed = await sendEmail(staffInvitation({ to: assistant.email, className: batch.name, inviterName: user.name, classUrl: batchPath(batch.id) }));
    return done(`${staffMessages.added(assistant.name)}${mailed === "sent" ? ` ${staffMessages.mailed}` : ""}`);
  },
  { surface: "staff", echo: ["email"], revalidate: ({ batchId }) => [staffPath(batchId), "/instructor"] },
);

export const removeAssistantAction = instructorAction(
  z.object({ batchId: id, userId: id }),
  async ({ input, user, audit }) => {
    const leaving = input.userId === user.id;
    await removeAssistant(input.batchId, user.id, input.userId);
    await audit({ action: leaving ? "staff.leave" : "staff.remove", targetType: "user", targetId: input.userId, batchId: input.batchId });
    if (leaving) redirect("/instructor");
  },
  { surface: "staff", revalidate: ({ batchId }) => [staffPath(batchId), "/instructor"] },
);
