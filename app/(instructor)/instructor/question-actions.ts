"use server";
// Question-bank actions: add, edit, delete, and CSV import (preview, then commit). Each is an
// instructorAction (lib/actions/define); the data layer checks the question or topic is the caller's.
import { z } from "zod";
import type { CsvImportData } from "@/lib/actions/data";
import { instructorAction } from "@/lib/actions/define";
import { batchPath, id } from "@/lib/actions/fields";
import { done } from "@/lib/actions/result";
import { MAX_CSV_BYTES, tooLargeMessage } from "@/lib/csv/limits";
import { CsvFileError, parseQuestionCsv } from "@/lib/csv/questions";
import { addQuestion, deleteQuestion, importContext, importQuestions, updateQuestion } from "@/lib/db/queries/instructor";
import { AppError } from "@/lib/errors";
import { checkReferenceSolutions } from "@/lib/questions/code/solution-check";
import { questionFields } from "@/lib/questions/validation";

// The fields' limits and messages (kind included) live in lib/questions/validation, shared with the forms and the CSV import.
const editSchema = z.object({ questionId: id }).and(questionFields);
const addSchema = z.object({ topicId: id }).and(questionFields);
const allBatches = [["/instructor/batches", "layout"]] as const;

export const addQuestionAction = instructorAction(
  addSchema,
  async ({ input: { topicId, ...data }, user, audit, revalidate }) => {
    await checkReferenceSolutions(data.code, user.id);
    const q = await addQuestion(topicId, user.id, data);
    await audit({ action: "question.add", targetType: "question", targetId: q.id, batchId: q.batchId, metadata: { text: q.text.slice(0, 200), kind: q.kind } });
    revalidate(batchPath(q.batchId), "layout");
    return done(`Added to ${q.topicName}.`);
  },
  { surface: "question" },
);

export const editQuestionAction = instructorAction(
  editSchema,
  async ({ input: { questionId, ...data }, user, audit }) => {
    await checkReferenceSolutions(data.code, user.id);
    const q = await updateQuestion(questionId, user.id, data);
    await audit({ action: "question.edit", targetType: "question", targetId: q.id, batchId: q.topic.batchId, metadata: { text: q.text.slice(0, 200), kind: q.kind } });
    return done("Saved. Past interviews keep the question as it was asked.");
  },
  { surface: "question", revalidate: allBatches },
);

export const deleteQuestionAction = instructorAction(
  z.object({ questionId: id }),
  async ({ input, user, audit }) => {
    const q = await deleteQuestion(input.questionId, user.id);
    const action = q._count.turns > 0 ? "question.archive" : "question.delete";
    await audit({ action, targetType: "question", targetId: q.id, batchId: q.topic.batchId, metadata: { text: q.text.slice(0, 200) } });
  },
  { surface: "question", revalidate: allBatches },
);

const chooseTopic = "Choose a topic to import into.";
const chooseFile = "Choose a CSV file first.";
const importSchema = z.object({
  topicId: z.string(chooseTopic).min(1, chooseTopic).max(64, chooseTopic),
  intent: z.enum(["preview", "commit"], chooseTopic).default("preview"),
  topicMode: z.enum(["by-column", "this-topic"], chooseTopic).optional(),
  keepSeparate: z.array(z.string().max(200), chooseTopic).max(500, chooseTopic),
  file: z.instanceof(File, { message: chooseFile }).superRefine((file, ctx) => {
    if (file.size === 0) ctx.addIssue({ code: "custom", message: chooseFile });
    else if (file.size > MAX_CSV_BYTES) ctx.addIssue({ code: "custom", message: tooLargeMessage(file.size) });
  }),
});

/** Parses the uploaded file (intent=preview: nothing written); intent=commit writes the previewed rows in one transaction. */
export const importCsvAction = instructorAction(
  importSchema,
  async ({ input, user, audit, revalidate }) => {
    const ctx = await importContext(input.topicId, user.id);
    const preview = await parseQuestionCsv(new Uint8Array(await input.file.arrayBuffer()), {
      existing: ctx.existing,
      knownTopics: ctx.knownTopics,
      defaultTopic: ctx.topic.name,
      topicMode: input.topicMode,
      keepSeparate: input.keepSeparate,
    }).catch((error: unknown) => {
      throw error instanceof CsvFileError ? new AppError("bad_request:csv", error.message) : error;
    });
    if (input.intent !== "commit") return done<CsvImportData>(undefined, { preview });
    if (preview.toAdd.length === 0) throw new AppError("bad_request:csv", "There is nothing new to import in this file.");
    const result = await importQuestions(input.topicId, user.id, preview.toAdd);
    await audit({
      action: "csv.import",
      targetType: "topic",
      targetId: input.topicId,
      batchId: result.batchId,
      metadata: {
        added: result.added,
        skipped: preview.duplicates.length,
        errors: preview.errors.length,
        file: input.file.name.slice(0, 100),
        topicMode: preview.topicColumn?.mode ?? null,
        topics: result.placed.length,
      },
    });
    revalidate(batchPath(result.batchId), "layout");
    return done<CsvImportData>(undefined, { committed: { added: result.added, createdTopics: result.createdTopics, placed: result.placed } });
  },
  {
    surface: "csv",
    // Several values for keepSeparate, and "" for an unset topicMode.
    read: (form) => ({
      topicId: form.get("topicId") ?? undefined,
      intent: form.get("intent") ?? undefined,
      topicMode: form.get("topicMode") || undefined,
      keepSeparate: form.getAll("keepSeparate"),
      file: form.get("file") ?? undefined,
    }),
  },
);
