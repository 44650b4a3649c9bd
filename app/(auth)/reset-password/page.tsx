import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { resetTokenIsLive } from "@/lib/db/queries/password-resets";
import { resetPasswordAction } from "../password-actions";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const live = typeof token === "string" && token.length <= 200 && (await resetTokenIsLive(token));
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1">Choose a new password</CardTitle>
        <CardDescription>
          {live ? "After this, every device signed in to your account is signed out; log in again with the new password." : "This link cannot be used."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {live ? (
          <ResetPasswordForm reset={resetPasswordAction} token={token} />
        ) : (
          <p className="text-sm" data-testid="reset-dead">
            This reset link has expired or was already used (each link works once).{" "}
            <Link href="/forgot-password" className="text-primary underline underline-offset-4">
              Ask for a new one
            </Link>
            .
          </p>
        )}
      </CardContent>
    </Card>
  );
}
