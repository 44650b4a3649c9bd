import type { Metadata } from "next";
import { StudentHome } from "@/components/student/student-home";
import { requireStudent } from "@/lib/auth/guards";
import { spokenAnswersByInterview } from "@/lib/db/queries/delivery-trend";
import { jobPracticeHome } from "@/lib/db/queries/job-practice";
import { studentLeaderboards } from "@/lib/db/queries/leaderboard";
import { showBoard } from "@/lib/leaderboard/board";
import { studentDashboard } from "@/lib/db/queries/student-dashboard";
import { deliveryTrend } from "@/lib/speech/delivery-trend";
import { describeAssignment } from "@/lib/assignments/describe";
import { showsOnDashboard } from "@/lib/assignments/progress";
import { studentAssignments } from "@/lib/db/queries/assignments";
import { joinBatchAction, startAssignmentAction, startInterviewAction } from "./actions";
import { leaderboardVisibilityAction } from "./leaderboard-actions";

export const metadata: Metadata = { title: "Your practice" };

export default async function StudentHomePage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  // Layouts do not guard pages on their own (they can render in parallel), so the page checks too.
  const user = await requireStudent("redirect");
  const [data, jobPractice, spoken, assignments, boards] = await Promise.all([
    studentDashboard(user.id),
    jobPracticeHome(user.id),
    spokenAnswersByInterview(user.id),
    studentAssignments(user.id),
    studentLeaderboards(user.id),
  ]);
  const now = new Date();
  const { code } = await searchParams;
  const topicNames = new Map(data.batches.flatMap((b) => b.topics.map((t) => [t.id, t.name] as const)));
  return (
    <StudentHome
      name={user.name}
      actions={{ join: joinBatchAction, start: startInterviewAction, startAssignment: startAssignmentAction }}
      now={now.toISOString()}
      due={assignments
        .filter((a) => showsOnDashboard(a, now))
        .map((a) => ({
          id: a.id,
          title: a.title,
          className: a.batch.name,
          what: describeAssignment(a),
          instructions: a.instructions,
          opensAt: a.opensAt.toISOString(),
          dueAt: a.dueAt.toISOString(),
          maxAttempts: a.maxAttempts,
          attempts: a.progress.attempts,
          bestScore: a.progress.bestScore,
          status: a.progress.status,
          late: a.progress.late,
          openSessionId: a.progress.openSessionId,
          reportSessionId: a.progress.status === "COMPLETED" ? a.progress.sessionId : null,
        }))}
      joinCode={typeof code === "string" ? code.slice(0, 20) : undefined}
      batches={data.batches.map((b) => ({
        id: b.id,
        name: b.name,
        instructorName: b.instructor.name,
        topics: b.topics.map((t) => {
          const p = data.progressByTopic.get(t.id);
          return {
            id: t.id,
            name: t.name,
            description: t.description,
            unlocked: t.unlocked,
            questionCount: t._count.questions,
            attempts: p?.attempts ?? 0,
            bestScore: p?.bestScore ?? null,
            lastScore: p?.lastScore ?? null,
            openSessionId: p?.openSessionId ?? null,
          };
        }),
      }))}
      openSessions={data.openSessions}
      jobPractice={{ byRole: jobPractice.byRole, dimensionTrend: jobPractice.dimensionTrend }}
      delivery={deliveryTrend(spoken)}
      leaderboards={{
        boards: boards.map((b) => ({ batchId: b.batchId, batchName: b.batchName, settings: b.settings, board: showBoard(b.board, b.settings, user.id) })),
        setVisibility: leaderboardVisibilityAction,
      }}
      recent={data.recentSessions.map((s) => ({ ...s, date: s.date.toISOString() }))}
      progress={data.progress}
      mastery={[...data.progressByTopic.entries()]
        .filter(([, p]) => p.mastery !== null)
        .map(([topicId, p]) => ({ topic: topicNames.get(topicId) ?? "Topic", mastery: p.mastery! }))}
    />
  );
}
