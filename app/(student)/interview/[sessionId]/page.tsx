import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { InterviewRoom } from "@/components/interview/interview-room";
import { QueryProvider } from "@/components/providers/query-provider";
import { requireStudent } from "@/lib/auth/guards";
import { speechSettingsOf } from "@/lib/db/queries/users";
import { KeepRecordings } from "@/components/interview/keep-recordings";
import { sttEndpoint, ttsEndpoint } from "@/lib/env";
import { getInterviewView } from "@/lib/interview/service";
import { saveKeepRecordingsAction, saveSpeechPrefsAction } from "../actions";
import { orNotFound } from "@/lib/pages";

export const metadata: Metadata = { title: "Interview" };

export default async function InterviewPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const student = await requireStudent("redirect");
  const { sessionId } = await params;
  const view = await orNotFound(getInterviewView(student, sessionId));
  if (view.status !== "IN_PROGRESS") redirect(`/report/${sessionId}`);
  const { prefs, keepRecordings: keep } = await speechSettingsOf(student.id);
  return (
    <QueryProvider>
      <InterviewRoom
        initial={view}
        speech={{
          prefs,
          serverVoice: ttsEndpoint() !== null,
          save: saveSpeechPrefsAction,
          serverTranscription: sttEndpoint() !== null,
          recorderSettings: <KeepRecordings initial={keep} save={saveKeepRecordingsAction} />,
        }}
      />
    </QueryProvider>
  );
}
