// A resource in a report: its title as a link when it is an http(s) address (opened in a new tab,
// with no access back to this page and no referrer), else as text; a note follows it.
import type { ShownResource } from "@/lib/resources/match";

export function ResourceLink({ resource }: { resource: ShownResource }) {
  return (
    <span className="break-words" data-testid="resource-link">
      {resource.href ? (
        <a href={resource.href} target="_blank" rel="noopener noreferrer" className="font-medium text-primary underline underline-offset-4">
          {resource.title}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      ) : (
        <span className="font-medium">{resource.title}</span>
      )}
      {resource.note ? <span className="text-muted-foreground"> — {resource.note}</span> : null}
    </span>
  );
}
