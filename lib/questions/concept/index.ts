// CONCEPT: explain an idea. Graded on the reference answer and key points.
import { gradeOffline } from "@/lib/grading/offline";
import { evaluationSchema } from "@/lib/grading/types";
import type { QuestionKindModule } from "../kind-module";

export const conceptKind: QuestionKindModule = {
  kind: "CONCEPT",
  gradeOffline: (question, answer, options) => gradeOffline(question, answer.text, options),
  modelGrading: { instruction: "", shape: "", schema: evaluationSchema },
};
