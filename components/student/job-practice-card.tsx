// Job practice on the student's dashboard: an invitation until there is a completed interview,
// then the trend per role and per grading dimension (the same views as the Job practice page).
import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { DimensionTrend } from "@/components/practice/dimension-trend";
import { RoleTrends } from "@/components/practice/role-trends";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { DimensionPoint, RoleTrend } from "@/lib/db/queries/job-practice";

export type JobPracticeProgress = { byRole: RoleTrend[]; dimensionTrend: DimensionPoint[] };

function GoButton() {
  return (
    <Button asChild size="sm" variant="outline">
      <Link href="/practice" data-testid="go-job-practice">
        Job practice <ArrowRight aria-hidden />
      </Link>
    </Button>
  );
}

export function JobPracticeCard({ progress }: { progress: JobPracticeProgress }) {
  if (progress.byRole.length === 0) {
    return (
      <Card className="flex flex-wrap items-center justify-between gap-3 p-4" data-testid="job-practice-card">
        <div className="min-w-0">
          <p className="font-medium">Practise for a job</p>
          <p className="text-sm text-muted-foreground">No class needed: pick a role and level, and the interview adapts to your answers.</p>
        </div>
        <GoButton />
      </Card>
    );
  }
  return (
    <Card data-testid="job-practice-card">
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <CardTitle as="h2">Job practice</CardTitle>
          <CardDescription>Your scores by role and by dimension, across your job-practice interviews.</CardDescription>
        </div>
        <GoButton />
      </CardHeader>
      <CardContent className="grid items-start gap-6 *:min-w-0 lg:grid-cols-2">
        <RoleTrends roles={progress.byRole} />
        <DimensionTrend points={progress.dimensionTrend} />
      </CardContent>
    </Card>
  );
}
