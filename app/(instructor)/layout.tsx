import { logoutAction } from "@/app/(auth)/actions";
import { SiteHeader } from "@/components/layout/site-header";
import { requireInstructor } from "@/lib/auth/guards";

export default async function InstructorLayout({ children }: { children: React.ReactNode }) {
  const user = await requireInstructor("redirect");
  return (
    <>
      <SiteHeader user={user} logout={logoutAction} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
