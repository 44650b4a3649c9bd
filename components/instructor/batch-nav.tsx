"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

export function BatchNav({ base }: { base: string }) {
  const path = usePathname();
  const links = [
    { href: base, label: "Dashboard", active: path === base },
    { href: `${base}/topics`, label: "Topics & questions", active: path.startsWith(`${base}/topics`) },
    { href: `${base}/assignments`, label: "Assignments", active: path.startsWith(`${base}/assignments`) },
    { href: `${base}/students`, label: "Students", active: path.startsWith(`${base}/students`) || path.startsWith(`${base}/sessions`) },
    { href: `${base}/staff`, label: "Instructors", active: path.startsWith(`${base}/staff`) },
    { href: `${base}/leaderboard`, label: "Leaderboard", active: path.startsWith(`${base}/leaderboard`) },
    { href: `${base}/audit`, label: "Audit log", active: path.startsWith(`${base}/audit`) },
  ];
  return (
    <nav aria-label="Class sections" className="flex flex-wrap gap-1">
      {links.map((l) => (
        <Link
          key={l.href}
          href={l.href}
          aria-current={l.active ? "page" : undefined}
          className={cn("rounded-md px-3 py-1.5 text-sm font-medium hover:bg-accent", l.active && "bg-accent text-accent-foreground")}
        >
          {l.label}
        </Link>
      ))}
      <a
        href={`/api/batches/${base.split("/").pop()}/export?type=turns`}
        className="ml-auto rounded-md px-3 py-1.5 text-sm text-primary hover:underline"
        data-testid="export-turns"
      >
        Export answers (CSV)
      </a>
      <a href={`/api/batches/${base.split("/").pop()}/export?type=students`} className="rounded-md px-3 py-1.5 text-sm text-primary hover:underline" data-testid="export-students">
        Export students (CSV)
      </a>
    </nav>
  );
}
