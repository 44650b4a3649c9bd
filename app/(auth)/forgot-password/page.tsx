import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { NoEmailResetHelp } from "@/components/auth/no-email-reset-help";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { redirectIfSignedIn } from "@/lib/auth/redirect-if-signed-in";
import { emailEnabled } from "@/lib/email/send";
import { requestPasswordResetAction } from "../password-actions";

export const metadata: Metadata = { title: "Forgot password" };

export default async function ForgotPasswordPage() {
  await redirectIfSignedIn();
  const email = emailEnabled();
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1">Forgot your password?</CardTitle>
        <CardDescription>
          {email ? "Type the email you signed up with and we will send you a link to choose a new password." : "No problem: here is how to get back in."}
        </CardDescription>
      </CardHeader>
      <CardContent>{email ? <ForgotPasswordForm request={requestPasswordResetAction} /> : <NoEmailResetHelp />}</CardContent>
    </Card>
  );
}
