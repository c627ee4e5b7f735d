/** Whether the page around an element is dark, read from the colour the site paints behind it. */
export function isDarkBehind(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  for (let el: Element | null = element; el; el = el.parentElement) {
    const rgba = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(
      view.getComputedStyle(el).backgroundColor,
    );
    if (!rgba || Number(rgba[4] ?? 1) < 0.5) continue;
    const [r, g, b] = [rgba[1], rgba[2], rgba[3]].map((c) => {
      const s = Number(c) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2;
  }
  return false;
}

/** A stylesheet for a shadow root: constructed (no inline <style>, so page CSPs do not apply). */
export function adoptStyles(root: ShadowRoot, css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
}
