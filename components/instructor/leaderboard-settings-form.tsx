"use client";
// The class owner's leaderboard settings: on or off, what it ranks (and over what period, for
// points), and how names show. Works without JavaScript; the period is offered for points only.
import { useActionState, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { NativeSelect } from "@/components/ui/native-select";
import type { ActionResult, StateAction } from "@/lib/actions/result";
import {
  LEADERBOARD_METRICS,
  LEADERBOARD_NAMES,
  type LeaderboardMetric,
  type LeaderboardSettings,
  METRIC_HELP,
  METRIC_LABELS,
  NAMES_LABELS,
  periodValue,
} from "@/lib/leaderboard/settings";

export function LeaderboardSettingsForm({ batchId, settings, save }: { batchId: string; settings: LeaderboardSettings; save: StateAction }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(save, null);
  const [metric, setMetric] = useState<LeaderboardMetric>(settings.metric);
  const id = useId();
  return (
    <form action={action} className="grid gap-4 rounded-xl border p-4" data-testid="leaderboard-settings">
      <input type="hidden" name="batchId" value={batchId} />
      <label className="flex items-start gap-3">
        <input type="checkbox" name="enabled" defaultChecked={settings.enabled} className="mt-0.5 size-4 accent-primary" data-testid="leaderboard-enabled" />
        <span className="grid gap-1">
          <span className="font-medium">Show a leaderboard to the students of this class</span>
          <span className="text-sm text-muted-foreground">Off by default. Each student can hide themself from it at any time.</span>
        </span>
      </label>
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="grid gap-1 text-sm">
          <label htmlFor={`${id}-metric`} className="font-medium">
            Ranks by
          </label>
          <NativeSelect
            id={`${id}-metric`}
            name="metric"
            defaultValue={settings.metric}
            onChange={(e) => setMetric(e.target.value as LeaderboardMetric)}
            data-testid="leaderboard-metric"
          >
            {LEADERBOARD_METRICS.map((m) => (
              <option key={m} value={m}>
                {METRIC_LABELS[m]}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="grid gap-1 text-sm">
          <label htmlFor={`${id}-period`} className="font-medium">
            Period
          </label>
          <NativeSelect id={`${id}-period`} name="period" defaultValue={periodValue(settings.days)} aria-describedby={`${id}-period-help`} data-testid="leaderboard-period">
            <option value="7">Last 7 days</option>
            <option value="30">Last 30 days</option>
            <option value="all">All time</option>
          </NativeSelect>
          <span id={`${id}-period-help`} className="text-xs text-muted-foreground">
            {metric === "POINTS" ? "Points earned in this period count." : "Used only when ranking by points."}
          </span>
        </div>
        <div className="grid gap-1 text-sm">
          <label htmlFor={`${id}-names`} className="font-medium">
            Names
          </label>
          <NativeSelect id={`${id}-names`} name="names" defaultValue={settings.names} data-testid="leaderboard-names">
            {LEADERBOARD_NAMES.map((n) => (
              <option key={n} value={n}>
                {NAMES_LABELS[n]}
              </option>
            ))}
          </NativeSelect>
        </div>
      </div>
      <p className="text-sm text-muted-foreground" data-testid="leaderboard-metric-help">
        {METRIC_HELP[metric]}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" disabled={pending} data-testid="leaderboard-save">
          {pending ? "Saving…" : "Save leaderboard settings"}
        </Button>
        <FormMessage ok={state?.ok} message={state?.message} testId="leaderboard-message" />
      </div>
    </form>
  );
}
