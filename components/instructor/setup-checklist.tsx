// A new class has nothing to chart yet: the steps that get students practising, each a link,
// ticked off as they are done.
import { Check } from "lucide-react";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { classSetup } from "@/lib/db/queries/analytics";
import { plural } from "@/lib/plural";
import { cn } from "@/lib/utils";

type Setup = Awaited<ReturnType<typeof classSetup>>;

export function SetupChecklist({ base, setup, classCode }: { base: string; setup: Setup; classCode: string }) {
  const topicPage = setup.firstTopicId ? `${base}/topics/${setup.firstTopicId}` : `${base}/topics`;
  const steps = [
    {
      done: setup.topics > 0,
      href: `${base}/topics`,
      label: "Add a topic",
      detail: setup.topics > 0 ? `${plural(setup.topics, "topic")} so far.` : "A subject to practise, such as “SQL joins”.",
    },
    {
      done: setup.withQuestions > 0,
      href: topicPage,
      label: "Add questions",
      detail: "Upload a CSV file or add them one by one, each with a reference answer.",
    },
    { done: setup.openWithQuestions > 0, href: `${base}/topics`, label: "Unlock the topic", detail: "Students can only start interviews on open topics that have questions." },
    {
      done: setup.students > 0,
      href: "#class-code",
      label: "Share the class code",
      detail: setup.students > 0 ? `${plural(setup.students, "student has", "students have")} joined.` : `Students join with ${classCode}.`,
    },
  ];
  return (
    <Card data-testid="setup-checklist">
      <CardHeader>
        <CardTitle as="h2" className="text-base">
          Get your class started
        </CardTitle>
        <CardDescription>Charts and the student overview appear here after the first interview.</CardDescription>
      </CardHeader>
      <CardContent>
        <ol className="grid gap-3 text-sm">
          {steps.map((s, i) => (
            <li key={s.label} className="flex items-start gap-3" data-done={s.done}>
              <span
                className={cn(
                  "mt-0.5 grid size-6 shrink-0 place-items-center rounded-full border text-xs font-semibold",
                  s.done ? "border-primary bg-primary text-primary-foreground" : "text-muted-foreground",
                )}
              >
                {s.done ? <Check className="size-3.5" aria-hidden /> : i + 1}
              </span>
              <span className="min-w-0">
                <Link href={s.href} className="font-medium text-primary underline-offset-4 hover:underline">
                  {s.label}
                </Link>
                {s.done ? <span className="sr-only"> (done)</span> : null}
                <span className="block text-muted-foreground">{s.detail}</span>
              </span>
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
