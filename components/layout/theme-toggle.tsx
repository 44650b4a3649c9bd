"use client";
import { Moon, Sun } from "lucide-react";
import { Button } from "@/components/ui/button";

/** The theme on screen now: the user's pick (html class), else the operating system's preference. */
function showingDark(): boolean {
  const html = document.documentElement;
  if (html.classList.contains("dark")) return true;
  if (html.classList.contains("light")) return false;
  return window.matchMedia("(prefers-color-scheme: dark)").matches;
}

/** Picks the other theme and remembers the pick in a cookie the server layout reads (no flash). */
export function ThemeToggle() {
  function toggle() {
    const next = showingDark() ? "light" : "dark";
    document.documentElement.classList.remove("light", "dark");
    document.documentElement.classList.add(next);
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from Firefox and Safari; this cookie only lets the server render the chosen theme
    document.cookie = `theme=${next}; path=/; max-age=31536000; samesite=lax`;
  }
  return (
    <Button variant="ghost" size="icon" onClick={toggle} aria-label="Switch between dark and light theme" data-testid="theme-toggle">
      <Sun className="hidden dark:block" aria-hidden />
      <Moon className="block dark:hidden" aria-hidden />
    </Button>
  );
}
