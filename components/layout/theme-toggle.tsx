"use client";
import { Moon, Sun } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Flips the html class and remembers the choice in a cookie the server layout reads (no flash). */
export function ThemeToggle() {
  function toggle() {
    const dark = !document.documentElement.classList.contains("dark");
    document.documentElement.classList.toggle("dark", dark);
    document.cookie = `theme=${dark ? "dark" : "light"}; path=/; max-age=31536000; samesite=lax`;
  }
  return (
    <Button variant="ghost" size="icon" onClick={toggle} aria-label="Switch between dark and light theme" data-testid="theme-toggle">
      <Sun className="hidden dark:block" aria-hidden />
      <Moon className="block dark:hidden" aria-hidden />
    </Button>
  );
}
