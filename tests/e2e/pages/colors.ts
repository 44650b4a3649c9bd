// WCAG 2 contrast from what the browser actually paints: computed colours (oklch, color-mix, alpha
// and all) are flattened to sRGB by drawing them on a 1×1 canvas over the backgrounds behind them.
import type { Locator, Page } from "@playwright/test";

type Rgb = [number, number, number];

export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The element's text colour and the colour behind it, as painted: every background from <html>
 * down to the element, composited over `paper` (white unless said otherwise). `backgrounds: false`
 * is paper as a browser prints by default: no background colours at all.
 */
export async function paintedColors(target: Locator, options: { property?: "color" | "outline-color"; paper?: string; backgrounds?: boolean } = {}): Promise<{ fg: Rgb; bg: Rgb }> {
  return target.evaluate(
    (el, { property, paper, backgrounds }) => {
      const canvas = document.createElement("canvas");
      canvas.width = canvas.height = 1;
      const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
      const chain: Element[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) chain.unshift(e);
      const paint = (color: string) => {
        ctx.fillStyle = color;
        ctx.fillRect(0, 0, 1, 1);
      };
      const read = () => Array.from(ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)) as [number, number, number];
      paint(paper);
      if (backgrounds) for (const e of chain) paint(getComputedStyle(e).backgroundColor);
      const bg = read();
      paint(getComputedStyle(el).getPropertyValue(property));
      return { fg: read(), bg };
    },
    { property: options.property ?? "color", paper: options.paper ?? "#fff", backgrounds: options.backgrounds ?? true },
  );
}

export async function contrastOf(target: Locator, options?: Parameters<typeof paintedColors>[1]): Promise<number> {
  const { fg, bg } = await paintedColors(target, options);
  return Math.round(contrast(fg, bg) * 100) / 100;
}

/** The page's own background, painted over white. */
export async function pageBackground(page: Page): Promise<Rgb> {
  return (await paintedColors(page.locator("body"))).bg;
}
