import { Lock, LockOpen } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export type StudentTopic = { id: string; name: string; description: string; unlocked: boolean; questionCount: number };
export type StudentBatch = { id: string; name: string; instructorName: string; topics: StudentTopic[] };

export function StudentHome({ name, batches }: { name: string; batches: StudentBatch[] }) {
  return (
    <div className="grid gap-8" data-testid="student-home">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Hi {name.split(" ")[0]}, ready to practise?</h1>
        <p className="mt-1 text-muted-foreground">Your classes and their interview topics.</p>
      </div>
      {batches.length === 0 ? (
        <Card data-testid="student-empty">
          <CardHeader>
            <CardTitle>You have not joined a class yet</CardTitle>
            <CardDescription>Ask your instructor for the class code; joining with it comes next.</CardDescription>
          </CardHeader>
        </Card>
      ) : (
        batches.map((batch) => (
          <section key={batch.id} aria-labelledby={`batch-${batch.id}`} data-testid="student-batch">
            <h2 id={`batch-${batch.id}`} className="text-lg font-semibold">
              {batch.name}
            </h2>
            <p className="text-sm text-muted-foreground">Instructor: {batch.instructorName}</p>
            <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {batch.topics.map((topic) => (
                <Card key={topic.id} data-testid="student-topic" data-topic-id={topic.id}>
                  <CardHeader>
                    <div className="flex items-start justify-between gap-2">
                      <CardTitle as="h3" className="text-base">
                        {topic.name}
                      </CardTitle>
                      {topic.unlocked ? (
                        <Badge variant="success">
                          <LockOpen className="size-3" aria-hidden /> Open
                        </Badge>
                      ) : (
                        <Badge variant="secondary">
                          <Lock className="size-3" aria-hidden /> Locked
                        </Badge>
                      )}
                    </div>
                    <CardDescription>{topic.description}</CardDescription>
                  </CardHeader>
                  <CardContent className="text-sm text-muted-foreground">{topic.questionCount} questions</CardContent>
                </Card>
              ))}
              {batch.topics.length === 0 ? <p className="text-sm text-muted-foreground">Your instructor has not added topics yet.</p> : null}
            </div>
          </section>
        ))
      )}
    </div>
  );
}
