// How an answer was said (spoken) or worded (typed): each delivery metric with its band, the
// target it is measured against, and a one-line tip (lib/speech/delivery.ts). Shown under the
// answer in the report.
import { Badge } from "@/components/ui/badge";
import type { AnswerDelivery } from "@/lib/speech/answer-delivery";
import type { Band } from "@/lib/speech/delivery";

const BAND: Record<Band, { label: string; variant: "success" | "warning" | "destructive" }> = {
  good: { label: "Good", variant: "success" },
  watch: { label: "Watch", variant: "warning" },
  work: { label: "Work on it", variant: "destructive" },
};

export function DeliveryCard({ delivery: { spoken, metrics } }: { delivery: AnswerDelivery }) {
  const title = spoken ? "How you said it" : "How you worded it";
  return (
    <section className="grid gap-2" aria-label={title} data-testid="delivery" data-spoken={spoken}>
      <h4 className="font-medium">{title}</h4>
      {spoken ? (
        <p className="text-xs text-muted-foreground">
          Pace, filler words, hedging and pauses are measured on your recording, before any corrections you typed; length and key terms on the answer you submitted.
        </p>
      ) : null}
      <ul className="grid gap-2">
        {metrics.map((m) => (
          <li key={m.id} className="grid gap-1 rounded-md border p-2" data-testid="delivery-metric" data-metric={m.id} data-band={m.band}>
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{m.label}</span>
              <Badge variant={BAND[m.band].variant}>{BAND[m.band].label}</Badge>
              <span className="break-words">{m.value}</span>
            </div>
            <p className="text-xs text-muted-foreground">
              Target: {m.target}. {m.tip}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
