"use client";
import { Button } from "@/components/ui/button";

// Shown for unexpected server errors; the digest lets an operator find the log line.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" tabIndex={-1} className="mx-auto flex max-w-md flex-col items-center gap-4 px-4 py-24 text-center">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="text-muted-foreground">Try again. If it keeps happening, tell your instructor{error.digest ? ` (reference ${error.digest})` : ""}.</p>
      <Button onClick={reset}>Try again</Button>
    </main>
  );
}
