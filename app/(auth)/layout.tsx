import { logoutAction } from "./actions";
import { SiteHeader } from "@/components/layout/site-header";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader user={null} logout={logoutAction} />
      <main id="main" tabIndex={-1} className="mx-auto flex max-w-md flex-col px-4 py-16">
        {children}
      </main>
    </>
  );
}
