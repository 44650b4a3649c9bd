import type { Metadata } from "next";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { DeletionNotice } from "@/components/account/deletion-notice";
import { EmailPrefsForm } from "@/components/account/email-prefs-form";
import { PasswordForm } from "@/components/account/password-form";
import { ProfileForm } from "@/components/account/profile-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/guards";
import { emailPrefsOf, liveOwnedClasses } from "@/lib/db/queries/accounts";
import { emailEnabled } from "@/lib/email/send";
import { changePasswordAction, deleteAccountAction, emailPrefsAction, renameAccountAction } from "./actions";

export const metadata: Metadata = { title: "My account" };

export default async function AccountPage() {
  const user = await requireUser("redirect");
  const [prefs, liveClasses] = await Promise.all([emailPrefsOf(user.id), user.role === "INSTRUCTOR" ? liveOwnedClasses(user.id) : Promise.resolve([])]);
  return (
    <div className="grid gap-6 *:min-w-0" data-testid="account-page">
      <div>
        <h1 className="text-2xl font-semibold">My account</h1>
        <p className="text-sm break-words text-muted-foreground" data-testid="account-email">
          Signed in as {user.email} · {user.role === "INSTRUCTOR" ? "Instructor" : "Student"}
        </p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Name</CardTitle>
          <CardDescription>{user.role === "STUDENT" ? "How your instructors see you." : "How your students and co-instructors see you."}</CardDescription>
        </CardHeader>
        <CardContent>
          <ProfileForm rename={renameAccountAction} name={user.name} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Password</CardTitle>
          <CardDescription>Changing it signs you out everywhere, here included: log in again with the new password.</CardDescription>
        </CardHeader>
        <CardContent>
          <PasswordForm change={changePasswordAction} />
        </CardContent>
      </Card>
      <Card id="email">
        <CardHeader>
          <CardTitle>E-mail</CardTitle>
          <CardDescription>Which e-mails we send you. Password-reset links you ask for always come.</CardDescription>
        </CardHeader>
        <CardContent>
          <EmailPrefsForm save={emailPrefsAction} prefs={prefs} shown={user.role === "STUDENT" ? ["reportReady"] : ["weeklyDigest"]} enabled={emailEnabled()} />
        </CardContent>
      </Card>
      <Card className="border-destructive/50">
        <CardHeader>
          <CardTitle>Delete my account</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4">
          <DeletionNotice role={user.role} liveClasses={liveClasses} />
          <DeleteAccountForm remove={deleteAccountAction} />
        </CardContent>
      </Card>
    </div>
  );
}
