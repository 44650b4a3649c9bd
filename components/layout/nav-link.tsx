"use client";
// A header link that tells screen readers (and the eye) which page is open.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

export function NavLink({ href, testId, children }: { href: string; testId: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={current ? "page" : undefined} className={cn("rounded-md px-2 py-1 hover:bg-accent", current && "bg-accent font-medium")} data-testid={testId}>
      {children}
    </Link>
  );
}
