"use client";

/** First stop for keyboard users: jumps past the header to the page's <main>. */
export function SkipLink() {
  return (
    // biome-ignore lint/a11y/useValidAnchor: a real in-page link that works without JavaScript; the handler only helps a page whose <main> lacks the id
    <a
      href="#main"
      onClick={(e) => {
        // Pages give their <main> id="main"; any page that does not still has exactly one <main>.
        const main = document.getElementById("main") ?? document.querySelector("main");
        if (!main) return;
        e.preventDefault();
        if (!main.hasAttribute("tabindex")) main.setAttribute("tabindex", "-1");
        main.focus();
        main.scrollIntoView();
      }}
      // Parked above the viewport (not display:none, so it stays focusable) until it has focus.
      className="fixed top-2 left-2 z-50 -translate-y-[200%] rounded-md border bg-background px-4 py-2 font-medium text-foreground shadow-md focus:translate-y-0 print:hidden"
      data-testid="skip-link"
    >
      Skip to main content
    </a>
  );
}
