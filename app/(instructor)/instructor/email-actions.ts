"use server";
// Things an owner does for their students beyond the class itself: e-mail them the class code,
// and make a one-time password-reset link for a student who cannot get in (when this site sends
// no e-mail, it is how a student gets back in without an administrator). Owner only.
import { z } from "zod";
import { instructorAction } from "@/lib/actions/define";
import { id } from "@/lib/actions/fields";
import { done, refused } from "@/lib/actions/result";
import { classAccess } from "@/lib/db/queries/class-access";
import { liveStudentOfClass } from "@/lib/db/queries/email";
import { HANDED_RESET_TTL_MS, issuePasswordReset } from "@/lib/db/queries/password-resets";
import { inviteListProblem, MAX_INVITE_TEXT, parseInviteList } from "@/lib/email/invitations";
import { studentInvitation } from "@/lib/email/messages";
import { emailEnabled, sendEmail } from "@/lib/email/send";
import { appUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { INVITES_PER_INSTRUCTOR, takeAttempt } from "@/lib/rate-limits";

const owns = ({ batchId }: { batchId: string }, user: { id: string }) => classAccess(batchId, user.id, "manage");

export type InviteResult = { sent: number; failed: string[] };

export const inviteStudentsAction = instructorAction(
  z.object({ batchId: id, addresses: z.string("Paste at least one e-mail address.").max(MAX_INVITE_TEXT, "That list is too long; send at most 50 addresses at a time.") }),
  async ({ input, user, audit }) => {
    if (!emailEnabled()) return refused("This site does not send e-mail. Share the class code with your students another way.");
    const list = parseInviteList(input.addresses);
    const problem = inviteListProblem(list);
    if (problem) return refused(problem, "addresses");
    await takeAttempt([INVITES_PER_INSTRUCTOR, user.id]); // every batch keeps its slot: it sends mail
    const batch = await classAccess(input.batchId, user.id, "manage");
    if (batch.archivedAt) throw new AppError("conflict:batch", "This class is archived: restore it before inviting students.");
    const failed: string[] = [];
    for (const to of list.addresses) {
      const outcome = await sendEmail(studentInvitation({ to, className: batch.name, inviterName: user.name, classCode: batch.classCode }));
      if (outcome !== "sent") failed.push(to);
    }
    const sent = list.addresses.length - failed.length;
    await audit({ action: "email.invite_students", targetType: "batch", targetId: batch.id, batchId: batch.id, metadata: { sent, failed: failed.length } });
    const repeats = list.duplicates.length
      ? ` ${list.duplicates.length} repeated address${list.duplicates.length === 1 ? " was" : "es were"} sent once (line ${list.duplicates.join(", ")}).`
      : "";
    if (sent === 0) return refused(`The mail server did not accept the invitations. Try again later.${repeats}`);
    const failures = failed.length ? ` Could not send to ${failed.join(", ")}; try those again later.` : "";
    return done(`Sent ${sent} invitation${sent === 1 ? "" : "s"}.${repeats}${failures}`, { sent, failed } satisfies InviteResult);
  },
  { surface: "email", owns },
);

export type ResetLinkResult = { link: string; expiresAt: string };

export const createResetLinkAction = instructorAction(
  z.object({ batchId: id, studentId: id }),
  async ({ input, audit }) => {
    const student = await liveStudentOfClass(input.batchId, input.studentId);
    if (!student) throw new AppError("not_found:user", "That student is not in this class.");
    const { token, expiresAt } = await issuePasswordReset(student.id, HANDED_RESET_TTL_MS);
    await audit({ action: "auth.password_reset.request", targetType: "user", targetId: student.id, batchId: input.batchId, metadata: { via: "instructor" } });
    // Without APP_URL the page completes the link with the address the instructor is using.
    const path = `/reset-password?token=${token}`;
    return done<ResetLinkResult>("Reset link created.", { link: appUrl() ? `${appUrl()}${path}` : path, expiresAt: expiresAt.toISOString() });
  },
  { surface: "account", owns },
);
