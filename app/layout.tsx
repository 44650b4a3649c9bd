import type { Metadata } from "next";
import { cookies } from "next/headers";
import { SiteFooter } from "@/components/layout/site-footer";
import { SkipLink } from "@/components/layout/skip-link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Interview practice for classes", template: "%s · Interview practice" },
  description: "Mock-interview practice for classes: an AI interviewer asks, probes, grades and reports; instructors see who needs help.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The theme follows the operating system (CSS media query, so no flash) until the user picks
  // one with the toggle; the pick is kept in a cookie so the server renders it straight away.
  const picked = (await cookies()).get("theme")?.value;
  const theme = picked === "light" || picked === "dark" ? picked : undefined;
  return (
    <html lang="en" className={theme} suppressHydrationWarning>
      <body className="font-sans">
        <SkipLink />
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
