import { GraduationCap, LogOut, UserRound } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/actions/result";
import type { SessionUser } from "@/lib/auth/guards";
import { homePathFor } from "@/lib/domain";
import { NavLink } from "./nav-link";
import { ThemeToggle } from "./theme-toggle";

/** `logout` is the logout server action, passed in by the layout (components do not import from app/). */
export function SiteHeader({ user, logout }: { user: SessionUser | null; logout: FormAction }) {
  return (
    <header className="border-b">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-4 px-4">
        <Link href={user ? homePathFor(user.role) : "/"} className="flex items-center gap-2 font-semibold" aria-label="Interview practice, home">
          <GraduationCap className="size-5 text-primary" aria-hidden />
          <span className="hidden min-[480px]:inline">Interview practice</span>
        </Link>
        {user?.role === "STUDENT" ? (
          <nav className="flex items-center gap-1 text-sm" aria-label="Main">
            <NavLink href="/student" testId="nav-classes">
              Classes
            </NavLink>
            <NavLink href="/practice" testId="nav-practice">
              Job practice
            </NavLink>
          </nav>
        ) : null}
        <nav className="ml-auto flex items-center gap-2" aria-label="Account">
          <ThemeToggle />
          {user ? (
            <>
              <Link
                href="/account"
                className="flex items-center gap-1.5 rounded-md px-2 py-1 text-sm text-muted-foreground hover:bg-accent hover:text-foreground"
                data-testid="nav-account"
              >
                <UserRound className="size-4" aria-hidden />
                <span className="sr-only sm:hidden">My account</span>
                <span className="hidden sm:inline" data-testid="current-user">
                  {user.name} · {user.role === "INSTRUCTOR" ? "Instructor" : "Student"}
                  <span className="sr-only"> (my account)</span>
                </span>
              </Link>
              <form action={logout}>
                {/* An icon on a phone, so the header (with the account link) still fits 360 px. */}
                <Button type="submit" variant="outline" size="sm" data-testid="logout">
                  <LogOut className="size-4 sm:hidden" aria-hidden />
                  <span className="sr-only sm:not-sr-only">Log out</span>
                </Button>
              </form>
            </>
          ) : (
            <>
              <Button asChild variant="ghost" size="sm">
                <Link href="/login">Log in</Link>
              </Button>
              <Button asChild size="sm">
                <Link href="/signup">Sign up</Link>
              </Button>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
