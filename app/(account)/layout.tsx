import { logoutAction } from "@/app/(auth)/actions";
import { SiteHeader } from "@/components/layout/site-header";
import { requireUser } from "@/lib/auth/guards";

/** Pages about the signed-in person's own account, for students and instructors alike. */
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser("redirect");
  return (
    <>
      <SiteHeader user={user} logout={logoutAction} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-2xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
