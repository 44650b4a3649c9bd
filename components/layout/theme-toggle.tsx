"use client";
import { Moon, Sun } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Flips the html class and remembers the choice in a cookie the server layout reads (no flash). */
export function ThemeToggle() {
  function toggle() {
    const dark = !document.documentElement.classList.contains("dark");
    document.documentElement.classList.toggle("dark", dark);
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from Firefox and Safari; this cookie only lets the server render the chosen theme
    document.cookie = `theme=${dark ? "dark" : "light"}; path=/; max-age=31536000; samesite=lax`;
  }
  return (
    <Button variant="ghost" size="icon" onClick={toggle} aria-label="Switch between dark and light theme" data-testid="theme-toggle">
      <Sun className="hidden dark:block" aria-hidden />
      <Moon className="block dark:hidden" aria-hidden />
    </Button>
  );
}
