/** Vite's `?inline` imports: the file's processed text. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}

/** Plain CSS imports of pages: Vite adds the stylesheet to the page. */
declare module '*.css';
