import "server-only";
// The interview sources, chosen by InterviewSession.source. A new source is a new file here
// plus one line in SOURCES.
import { type ClassTopicRequest, classTopicSource } from "./class-topic";
import { jobPracticeSource } from "./job-practice";
import type { InterviewSource, InterviewSourceId } from "./source";
import type { JobSetup } from "@/lib/job-practice/setup";

export type StartRequest = ({ source: "CLASS_TOPIC" } & ClassTopicRequest) | { source: "JOB_PRACTICE"; setup: JobSetup };

const SOURCES: Record<InterviewSourceId, InterviewSource<never>> = { CLASS_TOPIC: classTopicSource, JOB_PRACTICE: jobPracticeSource };

export function sourceOf(id: InterviewSourceId): InterviewSource<never> {
  return SOURCES[id];
}

/** The request's own part, for its source's prepare(). */
export function requestBody(request: StartRequest): never {
  return (request.source === "CLASS_TOPIC" ? { topicId: request.topicId } : request.setup) as never;
}

export type { SourceLabels } from "./source";
