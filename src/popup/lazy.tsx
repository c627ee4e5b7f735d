/**
 * Components whose code loads after the popup's first render, so the header and the view the user
 * lands on paint from the fewest modules and the rest follows in the background.
 */
import { signal } from '@preact/signals';
import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect } from 'preact/hooks';

export type LazyComponent<P> = FunctionComponent<P> & {
  /** Loads the code once; resolves when the component can render. */
  preload(): Promise<void>;
};

/** Renders nothing until `load` has delivered the component, and asks for it after rendering. */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  const loaded = signal<ComponentType<P> | null>(null);
  let loading: Promise<void> | null = null;
  const preload = () => {
    loading ??= load().then(
      (component) => {
        loaded.value = component;
      },
      (error: unknown) => {
        // Let the next render try again.
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  function Lazy(props: P) {
    const Component = loaded.value;
    useEffect(() => {
      if (!Component)
        preload().catch((error: unknown) => console.error('Gracious: a part of the popup failed to load', error));
    }, [Component]);
    return Component ? <Component {...props} /> : null;
  }
  return Object.assign(Lazy, { preload });
}
