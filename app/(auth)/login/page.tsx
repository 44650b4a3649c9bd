import type { Metadata } from "next";
import { LoginForm } from "@/components/auth/login-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { redirectIfSignedIn } from "@/lib/auth/redirect-if-signed-in";
import { demoAccountsToShow } from "@/lib/db/seed";
import { loginAction } from "../actions";

export const metadata: Metadata = { title: "Log in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[]; reset?: string | string[]; password?: string | string[] }> }) {
  await redirectIfSignedIn();
  const { next, reset, password } = await searchParams;
  const demo = await demoAccountsToShow();
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle as="h1">Log in</CardTitle>
          <CardDescription>Welcome back. Use the email you signed up with.</CardDescription>
        </CardHeader>
        <CardContent>
          {reset === "done" || password === "changed" ? (
            <Alert variant="success" className="mb-4" data-testid="reset-done">
              Your password was changed and every device was signed out. Log in with the new password.
            </Alert>
          ) : null}
          <LoginForm login={loginAction} next={typeof next === "string" ? next : undefined} />
        </CardContent>
      </Card>
      {demo ? (
        <Card data-testid="demo-accounts">
          <CardHeader>
            <CardTitle>Demo accounts</CardTitle>
            <CardDescription>This install runs on the embedded database with demo data.</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-1 text-sm">
            <p>
              Instructor: <code>{demo.instructor.email}</code> / <code>{demo.instructor.password}</code>
            </p>
            <p>
              Student: <code>{demo.student.email}</code> / <code>{demo.student.password}</code>
            </p>
            <p>
              Class code: <code>{demo.classCode}</code>
            </p>
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
