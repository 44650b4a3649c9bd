import { logoutAction } from "@/app/(auth)/actions";
import { SiteHeader } from "@/components/layout/site-header";
import { requireStudent } from "@/lib/auth/guards";

export default async function StudentLayout({ children }: { children: React.ReactNode }) {
  const user = await requireStudent("redirect");
  return (
    <>
      <SiteHeader user={user} logout={logoutAction} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
