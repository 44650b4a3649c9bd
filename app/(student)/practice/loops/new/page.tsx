import type { Metadata } from "next";
import Link from "next/link";
import { LoopSetupForm } from "@/components/practice/loops/loop-setup-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireStudent } from "@/lib/auth/guards";
import { documentStatus } from "@/lib/db/queries/documents";
import { engineModel } from "@/lib/interview/engine";
import { startLoopAction } from "../actions";

export const metadata: Metadata = { title: "New interview loop" };

export default async function NewLoopPage() {
  const user = await requireStudent("redirect");
  const documents = await documentStatus(user.id);
  return (
    <div className="grid gap-6 *:min-w-0" data-testid="loop-new">
      <div>
        <Link href="/practice" className="text-sm underline">
          Back to job practice
        </Link>
        <h1 className="mt-2 text-2xl font-bold tracking-tight">New interview loop</h1>
        <p className="mt-1 text-muted-foreground">
          Real hiring is several rounds. Pick the rounds for your role, in the order you want them; each is its own interview with its own score, and you can stop after any round
          and come back later.
        </p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle as="h2">Set up the loop</CardTitle>
          <CardDescription>The rounds follow the job title and level until you change them.</CardDescription>
        </CardHeader>
        <CardContent>
          <LoopSetupForm
            start={startLoopAction}
            modelConfigured={engineModel() !== null}
            documents={{ resume: documents.resume.state === "none" ? "none" : documents.resume.state, jobDescription: documents.jobDescription.state === "saved" }}
          />
        </CardContent>
      </Card>
    </div>
  );
}
