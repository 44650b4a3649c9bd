import "server-only";
// The interview sources, chosen by InterviewSession.source. A new source is a new file here
// plus one line in SESSION_SOURCES and one case in withSource. An assignment's attempt is started
// by assignmentStarter, which makes a session of the assignment's own source.
import type { JobSetup } from "@/lib/job-practice/setup";
import { assignmentStarter } from "./assignment";
import { type ClassTopicRequest, classTopicSource } from "./class-topic";
import { jobLoopRoundSource, type LoopRoundRequest } from "./job-loop-round";
import { jobPracticeSource } from "./job-practice";
import type { InterviewSourceId, SessionSource, SessionStarter } from "./source";

export type StartRequest =
  | ({ source: "CLASS_TOPIC" } & ClassTopicRequest)
  | { source: "JOB_PRACTICE"; setup: JobSetup }
  | ({ source: "JOB_LOOP_ROUND" } & LoopRoundRequest)
  | { source: "ASSIGNMENT"; assignmentId: string };

const SESSION_SOURCES: Record<InterviewSourceId, SessionSource> = { CLASS_TOPIC: classTopicSource, JOB_PRACTICE: jobPracticeSource, JOB_LOOP_ROUND: jobLoopRoundSource };

/** The source of a stored session. */
export function sourceOf(id: InterviewSourceId): SessionSource {
  return SESSION_SOURCES[id];
}

/** Runs `start` with the request's source and its own part of the request, typed together. */
export function withSource<T>(request: StartRequest, start: <R>(source: SessionStarter<R>, body: R) => T): T {
  switch (request.source) {
    case "CLASS_TOPIC":
      return start(classTopicSource, { topicId: request.topicId });
    case "JOB_PRACTICE":
      return start(jobPracticeSource, request.setup);
    case "JOB_LOOP_ROUND":
      return start(jobLoopRoundSource, { loopId: request.loopId, roundIndex: request.roundIndex });
    case "ASSIGNMENT":
      return start(assignmentStarter, { assignmentId: request.assignmentId });
  }
}

export type { InterviewSourceId, SourceLabels } from "./source";
