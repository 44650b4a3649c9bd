import Link from "next/link";
import { Stat } from "@/components/ui/stat";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { StateAction } from "@/lib/actions/result";
import { formatClassCode } from "@/lib/domain";
import { ActionForm } from "./action-form";

/** A class the instructor teaches; ownerName is set when they assist someone else's class. */
export type InstructorBatch = { id: string; name: string; classCode: string; students: number; topics: number; sessions: number; ownerName?: string };

export function InstructorHome({ name, batches, createBatch }: { name: string; batches: InstructorBatch[]; createBatch: StateAction }) {
  return (
    <div className="grid gap-8" data-testid="instructor-home">
      <div className="flex flex-wrap items-end justify-between gap-6">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Your classes</h1>
          <p className="mt-1 text-muted-foreground">Signed in as {name}.</p>
        </div>
        <ActionForm action={createBatch} submitLabel="Create class" pendingLabel="Creating…" testId="create-batch" className="min-w-72">
          <Label htmlFor="batch-name">New class</Label>
          <Input id="batch-name" name="name" placeholder="e.g. CS 201 · Fall" required maxLength={120} data-testid="create-batch-name" />
        </ActionForm>
      </div>
      {batches.length === 0 ? (
        <Card data-testid="instructor-empty">
          <CardHeader>
            <CardTitle>No classes yet</CardTitle>
            <CardDescription>Create a class, add topics with question banks (CSV upload), unlock a topic, and share the class code with your students.</CardDescription>
          </CardHeader>
        </Card>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {batches.map((b) => (
            <Link key={b.id} href={`/instructor/batches/${b.id}`} className="rounded-xl focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
              <Card data-testid="instructor-batch" className="h-full transition-colors hover:border-primary/60">
                <CardHeader>
                  <CardTitle>{b.name}</CardTitle>
                  <CardDescription>
                    Class code <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-foreground">{formatClassCode(b.classCode)}</code>
                    {b.ownerName ? (
                      <span className="block" data-testid="assisted-class">
                        You assist {b.ownerName}
                      </span>
                    ) : null}
                  </CardDescription>
                </CardHeader>
                <CardContent>
                  <dl className="grid grid-cols-3 gap-2 text-center text-sm">
                    <Stat label="Students" value={b.students} />
                    <Stat label="Topics" value={b.topics} />
                    <Stat label="Sessions" value={b.sessions} />
                  </dl>
                </CardContent>
              </Card>
            </Link>
          ))}
        </div>
      )}
    </div>
  );
}
