"use server";
// Resources (links and notes for a topic, a question or one of its key points), owner only:
// zod (lib/resources/validation) → requireInstructor() → topicAccess "manage" in the data layer →
// change → audit → revalidate the pages that list them (reports read them when shown).
import { z } from "zod";
import { instructorAction } from "@/lib/actions/define";
import { batchPath, id } from "@/lib/actions/fields";
import { done } from "@/lib/actions/result";
import { createResource, deleteResource, updateResource } from "@/lib/db/queries/resources";
import { resourceFields } from "@/lib/resources/validation";

const options = { surface: "resource", echo: ["title", "url", "note"] } as const;
const optionalId = z
  .string()
  .max(64)
  .optional()
  .transform((v) => v || null);
const keyPoint = z
  .string()
  .max(4000)
  .optional()
  .transform((v) => v?.trim() || null);

/** The pages that list a resource: its topic's and its question's. */
function pagesOf(r: { batchId: string; topicId: string; questionId: string | null }): string[] {
  const topic = `${batchPath(r.batchId)}/topics/${r.topicId}`;
  return r.questionId ? [topic, `${topic}/questions/${r.questionId}`] : [topic];
}

const details = (r: { title: string; url: string | null; questionId: string | null; keyPoint: string | null }) => ({
  title: r.title,
  ...(r.url ? { url: r.url } : {}),
  attachedTo: r.keyPoint ? "key point" : r.questionId ? "question" : "topic",
  ...(r.keyPoint ? { keyPoint: r.keyPoint } : {}),
});

export const createResourceAction = instructorAction(
  z.object({ topicId: id, questionId: optionalId, keyPoint }).and(resourceFields),
  async ({ input, user, audit, revalidate }) => {
    const { topicId, questionId, keyPoint: point, ...fields } = input;
    const r = await createResource(user.id, { topicId, questionId, keyPoint: point }, fields);
    await audit({ action: "resource.create", targetType: questionId ? "question" : "topic", targetId: questionId ?? topicId, batchId: r.batchId, metadata: details(r) });
    for (const p of pagesOf(r)) revalidate(p);
    return done(`Added “${r.title}”.`);
  },
  options,
);

export const updateResourceAction = instructorAction(
  z.object({ resourceId: id }).and(resourceFields),
  async ({ input, user, audit, revalidate }) => {
    const { resourceId, ...fields } = input;
    const { before, after } = await updateResource(resourceId, user.id, fields);
    await audit({
      action: "resource.edit",
      targetType: after.questionId ? "question" : "topic",
      targetId: after.questionId ?? after.topicId,
      batchId: after.batchId,
      metadata: { ...details(after), ...(before.title !== after.title ? { previousTitle: before.title } : {}) },
    });
    for (const p of pagesOf(after)) revalidate(p);
    return done("Saved.");
  },
  options,
);

export const deleteResourceAction = instructorAction(
  z.object({ resourceId: id }),
  async ({ input, user, audit, revalidate }) => {
    const r = await deleteResource(input.resourceId, user.id);
    await audit({ action: "resource.delete", targetType: r.questionId ? "question" : "topic", targetId: r.questionId ?? r.topicId, batchId: r.batchId, metadata: details(r) });
    for (const p of pagesOf(r)) revalidate(p);
  },
  { surface: "resource" },
);
