// What happens to a student's resume and job description, in plain words, next to the forms.
export function PrivacyNote({ modelConfigured }: { modelConfigured: boolean }) {
  return (
    <section aria-labelledby="documents-privacy-heading" className="grid gap-2 rounded-lg border bg-muted/40 p-4 text-sm" data-testid="documents-privacy">
      <h2 id="documents-privacy-heading" className="font-semibold">
        Your privacy
      </h2>
      <p className="text-muted-foreground">
        We keep only the text, never the file you upload, and it is stored encrypted. Instructors never see it. It is sent to a language model only when this app has one configured
        {modelConfigured ? " (this one does)" : " (this one does not: questions come from the built-in bank)"}. You can delete either document at any time here, and both are
        deleted with your account. Deleting one also removes the lines quoted from it in your loop reports.
      </p>
    </section>
  );
}
