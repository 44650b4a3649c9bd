import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export type InstructorBatch = { id: string; name: string; classCode: string; students: number; topics: number; sessions: number };

export function InstructorHome({ name, batches }: { name: string; batches: InstructorBatch[] }) {
  return (
    <div className="grid gap-8" data-testid="instructor-home">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Your classes</h1>
        <p className="mt-1 text-muted-foreground">Signed in as {name}.</p>
      </div>
      {batches.length === 0 ? (
        <Card data-testid="instructor-empty">
          <CardHeader>
            <CardTitle>No classes yet</CardTitle>
            <CardDescription>Creating a class, adding topics and uploading question banks comes next.</CardDescription>
          </CardHeader>
        </Card>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {batches.map((b) => (
            <Card key={b.id} data-testid="instructor-batch">
              <CardHeader>
                <CardTitle>{b.name}</CardTitle>
                <CardDescription>
                  Class code <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-foreground">{b.classCode}</code>
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
          ))}
        </div>
      )}
    </div>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-md bg-muted p-2">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-lg font-semibold">{value}</dd>
    </div>
  );
}
