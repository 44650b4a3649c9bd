import { logoutAction } from "@/app/(auth)/actions";
import { BarChart3, MessageSquareText, ShieldCheck, WifiOff } from "lucide-react";
import Link from "next/link";
import { SiteHeader } from "@/components/layout/site-header";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { getSessionUser } from "@/lib/auth/guards";
import { homePathFor } from "@/lib/domain";

const features = [
  {
    icon: MessageSquareText,
    title: "An interviewer that probes",
    text: "Questions from your own bank, easy to hard, with one follow-up when an answer is shallow — like a real interviewer.",
  },
  { icon: BarChart3, title: "Analytics that find who needs help", text: "Per student, per topic and per question, with transcripts you can review and grades you can override." },
  {
    icon: WifiOff,
    title: "Works with any model, or none",
    text: "OpenAI, OpenRouter, Groq, Ollama or vLLM — or no key at all, with a deterministic grader built on your reference answers.",
  },
  { icon: ShieldCheck, title: "Yours to host", text: "Open source. Runs on an embedded database out of the box, or on PostgreSQL when you deploy." },
];

export default async function LandingPage({ searchParams }: { searchParams: Promise<{ account?: string | string[] }> }) {
  const user = await getSessionUser();
  const { account } = await searchParams;
  return (
    <>
      <SiteHeader user={user} logout={logoutAction} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4">
        {account === "deleted" && !user ? (
          <Alert className="mt-6" data-testid="account-deleted">
            Your account was deleted. Your class answers stay with your classes, without your name. Thank you for practising with us.
          </Alert>
        ) : null}
        <section className="py-20 text-center">
          <h1 className="mx-auto max-w-3xl text-4xl font-bold tracking-tight sm:text-5xl">Mock-interview practice for your whole class</h1>
          <p className="mx-auto mt-6 max-w-2xl text-lg text-muted-foreground">
            Instructors create a class, upload question banks and unlock topics. Students join with a class code and practise with an AI interviewer that asks, follows up, grades
            and writes a report that teaches.
          </p>
          <div className="mt-10 flex justify-center gap-3">
            {user ? (
              <Button asChild size="lg">
                <Link href={homePathFor(user.role)}>Go to your dashboard</Link>
              </Button>
            ) : (
              <>
                <Button asChild size="lg" data-testid="cta-signup">
                  <Link href="/signup">Create a free account</Link>
                </Button>
                <Button asChild size="lg" variant="outline" data-testid="cta-login">
                  <Link href="/login">Log in</Link>
                </Button>
              </>
            )}
          </div>
        </section>
        <section className="grid gap-6 pb-20 sm:grid-cols-2" aria-label="Features">
          {features.map((f) => (
            <div key={f.title} className="rounded-xl border bg-card p-6">
              <f.icon className="size-6 text-primary" aria-hidden />
              <h2 className="mt-4 font-semibold">{f.title}</h2>
              <p className="mt-2 text-sm text-muted-foreground">{f.text}</p>
            </div>
          ))}
        </section>
      </main>
    </>
  );
}
