/** The page's contentinfo landmark: what this is, on every page. */
export function SiteFooter() {
  return (
    <footer className="mt-12 border-t" data-testid="site-footer">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-6 text-sm text-muted-foreground">
        <p>Interview practice</p>
        <p>Open-source mock-interview practice, for classes and for jobs.</p>
      </div>
    </footer>
  );
}
