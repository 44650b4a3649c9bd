"use server";
// Question-bank actions: add, edit, delete, and CSV import (preview, then commit).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireInstructor } from "@/lib/auth/guards";
import { MAX_CSV_BYTES, tooLargeMessage } from "@/lib/csv/limits";
import { CsvFileError, parseQuestionCsv, type CsvPreview } from "@/lib/csv/questions";
import { addQuestion, deleteQuestion, type ImportPlacement, importContext, importQuestions, updateQuestion } from "@/lib/db/queries/instructor";
import { AppError, toAppError } from "@/lib/errors";
import { questionFields } from "@/lib/questions/validation";
import { audit, batchPath, fail, type FormState, id } from "./action-support";

// The fields' limits and messages live in lib/questions/validation, shared with the forms and the CSV import.
const editSchema = z.object({ questionId: id }).and(questionFields);
const addSchema = z.object({ topicId: id }).and(questionFields);

export async function addQuestionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = addSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  try {
    const instructor = await requireInstructor();
    const { topicId, ...data } = parsed.data;
    const q = await addQuestion(topicId, instructor.id, data);
    await audit(instructor.id, "question.add", "question", q.id, q.batchId, { text: q.text.slice(0, 200) });
    revalidatePath(batchPath(q.batchId), "layout");
    return { ok: true, message: `Added to ${q.topicName}.` };
  } catch (error) {
    return { ok: false, message: toAppError(error, "question").message };
  }
}

export async function editQuestionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = editSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  try {
    const instructor = await requireInstructor();
    const { questionId, ...data } = parsed.data;
    const q = await updateQuestion(questionId, instructor.id, data);
    await audit(instructor.id, "question.edit", "question", q.id, q.topic.batchId, { text: q.text.slice(0, 200) });
    revalidatePath(`/instructor/batches`, "layout");
    return { ok: true, message: "Saved. Past interviews keep the question as it was asked." };
  } catch (error) {
    return fail(error);
  }
}

export async function deleteQuestionAction(formData: FormData): Promise<void> {
  const { questionId } = z.object({ questionId: id }).parse(Object.fromEntries(formData));
  const instructor = await requireInstructor();
  const q = await deleteQuestion(questionId, instructor.id);
  await audit(instructor.id, q._count.turns > 0 ? "question.archive" : "question.delete", "question", q.id, q.topic.batchId, { text: q.text.slice(0, 200) });
  revalidatePath(`/instructor/batches`, "layout");
}

export type ImportState = { ok?: boolean; message?: string; preview?: CsvPreview; committed?: { added: number; createdTopics: string[]; placed: ImportPlacement[] } };

/** Parses the uploaded file (intent=preview: nothing written); intent=commit writes the previewed rows in one transaction. */
export async function importCsvAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const parsed = z
    .object({
      topicId: id,
      intent: z.enum(["preview", "commit"]).default("preview"),
      topicMode: z.enum(["by-column", "this-topic"]).optional(),
      keepSeparate: z.array(z.string().max(200)).max(500),
    })
    .safeParse({
      topicId: formData.get("topicId"),
      intent: formData.get("intent") ?? undefined,
      topicMode: formData.get("topicMode") || undefined,
      keepSeparate: formData.getAll("keepSeparate"),
    });
  const file = formData.get("file");
  if (!parsed.success) return { ok: false, message: "Choose a topic to import into." };
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: "Choose a CSV file first." };
  if (file.size > MAX_CSV_BYTES) return { ok: false, message: tooLargeMessage(file.size) };
  try {
    const instructor = await requireInstructor();
    const ctx = await importContext(parsed.data.topicId, instructor.id);
    const preview = await parseQuestionCsv(new Uint8Array(await file.arrayBuffer()), {
      existing: ctx.existing,
      knownTopics: ctx.knownTopics,
      defaultTopic: ctx.topic.name,
      topicMode: parsed.data.topicMode,
      keepSeparate: parsed.data.keepSeparate,
    });
    if (parsed.data.intent !== "commit") return { ok: true, preview };
    if (preview.toAdd.length === 0) throw new AppError("bad_request:csv", "There is nothing new to import in this file.");
    const result = await importQuestions(parsed.data.topicId, instructor.id, preview.toAdd);
    await audit(instructor.id, "csv.import", "topic", parsed.data.topicId, result.batchId, {
      added: result.added,
      skipped: preview.duplicates.length,
      errors: preview.errors.length,
      file: file.name.slice(0, 100),
      topicMode: preview.topicColumn?.mode ?? null,
      topics: result.placed.length,
    });
    revalidatePath(batchPath(result.batchId), "layout");
    return { ok: true, committed: { added: result.added, createdTopics: result.createdTopics, placed: result.placed } };
  } catch (error) {
    if (error instanceof CsvFileError) return { ok: false, message: error.message };
    return { ok: false, message: toAppError(error, "csv").message };
  }
}
