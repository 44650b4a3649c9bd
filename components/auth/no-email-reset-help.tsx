/** What a person can do when this install sends no e-mail: the two ways a password is reset without it. */
export function NoEmailResetHelp() {
  return (
    <div className="grid gap-3 text-sm" data-testid="no-email-help">
      <p>This site does not send e-mail, so we cannot mail you a reset link. Two people can make one for you:</p>
      <ul className="grid list-disc gap-2 pl-5">
        <li>
          <strong>Students:</strong> ask the instructor of one of your classes. On your page in their class they can create a one-time reset link and give it to you.
        </li>
        <li>
          <strong>Anyone:</strong> the administrator of this site can run <code className="break-all">npm run admin -- reset-password --email you@example.com</code> on the server
          and give you the link it prints.
        </li>
      </ul>
    </div>
  );
}
