import type { Metadata } from "next";
import { cookies } from "next/headers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Interview practice for classes", template: "%s · Interview practice" },
  description: "Mock-interview practice for classes: an AI interviewer asks, probes, grades and reports; instructors see who needs help.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Dark by default; a light theme is one click away and remembered in a cookie.
  const theme = (await cookies()).get("theme")?.value === "light" ? "light" : "dark";
  return (
    <html lang="en" className={theme === "dark" ? "dark" : undefined} suppressHydrationWarning>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
