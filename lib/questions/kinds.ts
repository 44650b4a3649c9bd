// The question kinds the interviewer knows, chosen by a question's `kind` field. A new kind is a
// new folder (lib/questions/<kind>/index.ts) plus one line here.
import type { QuestionKind } from "@/lib/domain";
import { behaviouralKind } from "./behavioural";
import { codeKind } from "./code";
import { conceptKind } from "./concept";

import type { QuestionKindModule } from "./kind-module";

const KINDS: Partial<Record<QuestionKind, QuestionKindModule>> = { CONCEPT: conceptKind, BEHAVIOURAL: behaviouralKind, CODE: codeKind };

/** The module for `kind`; questions saved before kinds existed (no kind) are concept questions. */
export function questionKind(kind: QuestionKind | undefined): QuestionKindModule {
  const module = KINDS[kind ?? "CONCEPT"];
  if (!module) throw new Error(`question kind ${kind} is not available yet`);
  return module;
}
