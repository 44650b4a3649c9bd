import { ArrowRight, Lock } from "lucide-react";
import Link from "next/link";
import { DataTable } from "@/components/ui/table";
import { TopicLockBadge } from "@/components/topic-lock-badge";
import { MasteryChart, type MasteryPoint } from "@/components/charts/mastery-chart";
import { ProgressChart, type ProgressPoint } from "@/components/charts/progress-chart";
import { Button } from "@/components/ui/button";
import { Stat } from "@/components/ui/stat";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { JoinBatchForm } from "./join-batch-form";
import type { StateAction } from "@/lib/actions/result";
import { plural } from "@/lib/plural";
import type { DeliveryTrend as DeliveryTrendData } from "@/lib/speech/delivery-trend";
import { DeliveryTrend } from "./delivery-trend";
import { type DueAssignment, DueAssignments } from "./due-assignments";
import { type ClassLeaderboard, ClassLeaderboards } from "./class-leaderboards";
import { JobPracticeCard, type JobPracticeProgress } from "./job-practice-card";
import { StartInterviewButton } from "./start-interview-button";

export type StudentTopic = {
  id: string;
  name: string;
  description: string;
  unlocked: boolean;
  questionCount: number;
  attempts: number;
  bestScore: number | null;
  lastScore: number | null;
  openSessionId: string | null;
};
export type StudentBatch = { id: string; name: string; instructorName: string; topics: StudentTopic[] };
export type OpenSession = { id: string; topicName: string; answered: number };
export type RecentSession = {
  id: string;
  topicName: string;
  status: "IN_PROGRESS" | "COMPLETED" | "ABANDONED";
  score: number | null;
  answered: number;
  date: string;
  late?: boolean;
};

/** The student's server actions, passed in by the page (components do not import from app/). */
export type StudentActions = { join: StateAction; start: StateAction; startAssignment: StateAction };

type Props = {
  name: string;
  batches: StudentBatch[];
  openSessions: OpenSession[];
  recent: RecentSession[];
  progress: ProgressPoint[];
  mastery: MasteryPoint[];
  actions: StudentActions;
  /** A class code from an invitation link (/student?code=…), pre-filled in the join box. */
  joinCode?: string;
  /** The student's job-practice progress (empty lists: none completed yet). */
  jobPractice: JobPracticeProgress;
  /** How the student's spoken answers moved across interviews (no points: none spoken yet, nothing shown). */
  delivery: DeliveryTrendData;
  /** Assignments of the student's classes still to do (or done and not yet due), and the server's clock for their countdowns. */
  due: DueAssignment[];
  now: string;
  /** The leaderboards of the student's classes that have one on, and the hide/show action. */
  leaderboards?: { boards: ClassLeaderboard[]; setVisibility: StateAction };
};

export function StudentHome({ name, batches, openSessions, recent, progress, mastery, actions, jobPractice, delivery, due, now, leaderboards, joinCode }: Props) {
  return (
    <div className="grid gap-8 *:min-w-0" data-testid="student-home">
      <div className="flex flex-wrap items-end justify-between gap-6">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Hi {name.split(" ")[0]}, ready to practise?</h1>
          <p className="mt-1 text-muted-foreground">
            {batches.length > 0
              ? "Pick an open topic, answer as you would in a real interview, then read your report."
              : "Join a class with the code from your instructor, or practise for a job on your own."}
          </p>
        </div>
        <JoinBatchForm join={actions.join} code={joinCode} />
      </div>

      <DueAssignments items={due} serverNow={now} start={actions.startAssignment} />

      {openSessions.length > 0 ? (
        <section aria-labelledby="open-heading" className="grid gap-3">
          <h2 id="open-heading" className="text-lg font-semibold">
            Continue where you left off
          </h2>
          {openSessions.map((s) => (
            <Card key={s.id} className="flex flex-wrap items-center justify-between gap-3 p-4" data-testid="open-session">
              <div>
                <p className="font-medium">{s.topicName}</p>
                <p className="text-sm text-muted-foreground">{plural(s.answered, "question")} answered so far</p>
              </div>
              <Button asChild size="sm">
                <Link href={`/interview/${s.id}`} data-testid="resume-interview">
                  Resume <ArrowRight aria-hidden />
                </Link>
              </Button>
            </Card>
          ))}
        </section>
      ) : null}

      <JobPracticeCard progress={jobPractice} />

      <DeliveryTrend trend={delivery} />

      {batches.length === 0 ? (
        <Card data-testid="student-empty">
          <CardHeader>
            <CardTitle>You have not joined a class yet</CardTitle>
            <CardDescription>Enter the class code from your instructor above. Your topics will appear here. Or practise for a job on your own.</CardDescription>
          </CardHeader>
        </Card>
      ) : (
        batches.map((batch) => (
          <section key={batch.id} aria-labelledby={`batch-${batch.id}`} data-testid="student-batch" className="grid gap-4">
            <div>
              <h2 id={`batch-${batch.id}`} className="text-lg font-semibold">
                {batch.name}
              </h2>
              <p className="text-sm text-muted-foreground">Instructor: {batch.instructorName}</p>
            </div>
            <BatchTopics topics={batch.topics} start={actions.start} />
          </section>
        ))
      )}

      {leaderboards ? <ClassLeaderboards boards={leaderboards.boards} setVisibility={leaderboards.setVisibility} /> : null}

      {progress.length > 0 ? (
        <section aria-labelledby="progress-heading" className="grid gap-4 *:min-w-0 lg:grid-cols-2">
          <Card>
            <CardHeader>
              <CardTitle as="h2" id="progress-heading">
                Your scores over time
              </CardTitle>
            </CardHeader>
            <CardContent>
              <ProgressChart data={progress} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle as="h2">Mastery by topic</CardTitle>
              <CardDescription>Average of your latest three interviews on each topic.</CardDescription>
            </CardHeader>
            <CardContent>
              <MasteryChart data={mastery} />
            </CardContent>
          </Card>
        </section>
      ) : null}

      <section aria-labelledby="recent-heading" className="grid gap-3">
        <h2 id="recent-heading" className="text-lg font-semibold">
          Recent interviews
        </h2>
        {recent.length === 0 ? (
          <p className="text-sm text-muted-foreground" data-testid="recent-empty">
            No interviews yet. Start one on an open topic or from Job practice — it takes about 15 minutes.
          </p>
        ) : (
          <DataTable data-testid="recent-sessions" label="Recent interviews" columns={["Topic", "Date", "Status", "Score", { label: "Open", srOnly: true }]}>
            {recent.map((s) => (
              <tr key={s.id} className="border-t">
                <td className="px-4 py-2">
                  {s.topicName}
                  {s.late ? (
                    <span className="text-warning" data-testid="recent-late">
                      {" "}
                      · late
                    </span>
                  ) : null}
                </td>
                <td className="px-4 py-2">{new Date(s.date).toLocaleDateString(undefined, { dateStyle: "medium" })}</td>
                <td className="px-4 py-2">{s.status === "IN_PROGRESS" ? "In progress" : s.status === "COMPLETED" ? "Completed" : "Ended without answers"}</td>
                <td className="px-4 py-2">{s.score === null ? "—" : `${s.score}/100`}</td>
                <td className="px-4 py-2 text-right">
                  {s.status === "COMPLETED" ? (
                    <Link className="text-primary underline underline-offset-4" href={`/report/${s.id}`}>
                      Report<span className="sr-only"> for {s.topicName}</span>
                    </Link>
                  ) : s.status === "IN_PROGRESS" ? (
                    <Link className="text-primary underline underline-offset-4" href={`/interview/${s.id}`}>
                      Resume<span className="sr-only"> {s.topicName}</span>
                    </Link>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}

/**
 * What can be practised now comes first: open topics (and any with an interview still open).
 * Locked topics fold into one line, so a class with many topics still shows today's work.
 */
function BatchTopics({ topics, start }: { topics: StudentTopic[]; start: StateAction }) {
  if (topics.length === 0) return <p className="text-sm text-muted-foreground">Your instructor has not added topics yet.</p>;
  const now = topics.filter((t) => t.unlocked || t.openSessionId);
  const ready = [...now.filter((t) => t.questionCount > 0 || t.openSessionId), ...now.filter((t) => t.questionCount === 0 && !t.openSessionId)];
  const locked = topics.filter((t) => !t.unlocked && !t.openSessionId);
  return (
    <>
      {ready.length > 0 ? (
        <div className="grid gap-4 *:min-w-0 sm:grid-cols-2 lg:grid-cols-3">
          {ready.map((topic) => (
            <TopicCard key={topic.id} topic={topic} start={start} />
          ))}
        </div>
      ) : (
        <p className="text-sm text-muted-foreground">No topic is open yet. Your instructor will open one soon.</p>
      )}
      {locked.length > 0 ? (
        <details className="rounded-lg border px-4 py-3 text-sm" data-testid="locked-topics">
          <summary className="cursor-pointer text-muted-foreground">
            {ready.length > 0
              ? `${plural(locked.length, "more topic")} your instructor has not opened yet`
              : `${plural(locked.length, "topic")} your instructor has not opened yet`}
          </summary>
          <ul className="mt-3 grid gap-1.5 sm:grid-cols-2">
            {locked.map((t) => (
              <li key={t.id} className="relative flex min-w-0 items-center gap-2" data-testid="student-topic" data-locked="true" data-topic-id={t.id}>
                <Lock className="size-3.5 shrink-0 text-muted-foreground" aria-hidden />
                <span className="sr-only">Locked: </span>
                <span className="min-w-0 break-words">{t.name}</span>
                {t.bestScore !== null ? <span className="ml-auto shrink-0 text-muted-foreground">best {t.bestScore}</span> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

function TopicCard({ topic, start }: { topic: StudentTopic; start: StateAction }) {
  return (
    <Card data-testid="student-topic" data-locked={!topic.unlocked} data-topic-id={topic.id} className="flex flex-col">
      <CardHeader>
        <div className="flex items-start justify-between gap-2">
          <CardTitle as="h3" className="min-w-0 text-base break-words">
            {topic.name}
          </CardTitle>
          <TopicLockBadge unlocked={topic.unlocked} />
        </div>
        <CardDescription>{topic.description}</CardDescription>
      </CardHeader>
      <CardContent className="mt-auto grid gap-3 text-sm">
        <dl className="grid grid-cols-3 gap-2 text-center">
          <Stat label="Questions" value={String(topic.questionCount)} />
          <Stat label="Attempts" value={String(topic.attempts)} />
          <Stat label="Best · last" value={topic.bestScore === null ? "—" : `${topic.bestScore} · ${topic.lastScore}`} />
        </dl>
        {topic.openSessionId ? (
          <Button asChild size="sm" variant="secondary">
            <Link href={`/interview/${topic.openSessionId}`}>Resume interview</Link>
          </Button>
        ) : topic.unlocked && topic.questionCount > 0 ? (
          <StartInterviewButton topicId={topic.id} topicName={topic.name} start={start} />
        ) : (
          <p className="text-muted-foreground">{topic.unlocked ? "No questions yet." : "Your instructor will open this topic later."}</p>
        )}
      </CardContent>
    </Card>
  );
}
