// The page "Your resume and job description": what is saved, the forms to add, check, change
// or delete each, and what happens to them. Texts appear only inside textareas, never as HTML.
import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { FormAction, StateAction } from "@/lib/actions/result";
import { type JobDescriptionView, JobDescriptionForm } from "./job-description-form";
import { PrivacyNote } from "./privacy-note";
import { ResumeSection, type ResumeView } from "./resume-section";

export type DocumentsViewProps = {
  resume: ResumeView;
  jobDescription: JobDescriptionView;
  modelConfigured: boolean;
  actions: { confirmResume: StateAction; saveJobDescription: StateAction; deleteResume: FormAction; deleteJobDescription: FormAction };
};

export function DocumentsView({ resume, jobDescription, modelConfigured, actions }: DocumentsViewProps) {
  return (
    <div className="grid gap-8 *:min-w-0" data-testid="documents-page">
      <div className="grid gap-2">
        <Link href="/practice" className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground" data-testid="documents-back">
          <ArrowLeft className="size-4" aria-hidden /> Back to job practice
        </Link>
        <h1 className="text-2xl font-bold tracking-tight">Your resume and job description</h1>
        <p className="text-muted-foreground">
          Both are optional. With them, a job-practice loop can ask about your own projects and about what the job asks for, and its report can compare the two.
        </p>
      </div>

      <Card>
        <CardHeader>
          <CardTitle as="h2">Resume</CardTitle>
          <CardDescription>Upload a PDF, Word (.docx) or text file. We read its text and show it to you to check before anything uses it.</CardDescription>
        </CardHeader>
        <CardContent>
          <ResumeSection resume={resume} confirm={actions.confirmResume} remove={actions.deleteResume} />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle as="h2">Job description</CardTitle>
          <CardDescription>The posting for the job you are aiming for: its requirements become questions and the rows of your gap table.</CardDescription>
        </CardHeader>
        <CardContent>
          <JobDescriptionForm jobDescription={jobDescription} save={actions.saveJobDescription} remove={actions.deleteJobDescription} />
        </CardContent>
      </Card>

      <PrivacyNote modelConfigured={modelConfigured} />
    </div>
  );
}
