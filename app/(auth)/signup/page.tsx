import type { Metadata } from "next";
import { SignupForm } from "@/components/auth/signup-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { redirectIfSignedIn } from "@/lib/auth/redirect-if-signed-in";
import { signupAction } from "../actions";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignupPage() {
  await redirectIfSignedIn();
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1">Create your account</CardTitle>
        <CardDescription>Students join a class with the code from their instructor; instructors create classes.</CardDescription>
      </CardHeader>
      <CardContent>
        <SignupForm signup={signupAction} />
      </CardContent>
    </Card>
  );
}
