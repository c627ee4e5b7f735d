// @vitest-environment happy-dom
import type { ComponentType } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazy } from '../../../src/popup/lazy';

function Greeting(props: { name: string }) {
  return <p>Hello {props.name}</p>;
}
type Loaded = ComponentType<{ name: string }>;

/** Effects run when `act` ends; what they start settles in the next turn. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

describe('a part of the popup loaded after its first render', () => {
  it('renders nothing until its code has arrived, then the component with its props, loaded once', async () => {
    let deliver: (component: Loaded) => void = () => undefined;
    const load = vi.fn(
      () =>
        new Promise<Loaded>((resolve) => {
          deliver = resolve;
        }),
    );
    const Lazy = lazy(load);
    await act(async () => {
      render(
        <div>
          <Lazy name="Dana" />
          <Lazy name="Omar" />
        </div>,
        root,
      );
    });
    expect(root.textContent).toBe('');
    await act(async () => deliver(Greeting));
    expect(root.textContent).toBe('Hello DanaHello Omar');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('is asked for only after the render that shows it', () => {
    const load = vi.fn(async (): Promise<Loaded> => Greeting);
    const Lazy = lazy(load);
    render(<Lazy name="Dana" />, root);
    expect(load).not.toHaveBeenCalled();
  });

  it('says so when its code cannot be loaded, and tries again the next time it is shown', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi.fn<() => Promise<Loaded>>().mockRejectedValueOnce(new Error('gone')).mockResolvedValue(Greeting);
    const Lazy = lazy(load);
    await act(async () => {
      render(<Lazy name="Dana" />, root);
    });
    await settle();
    expect(logged).toHaveBeenCalledOnce();
    expect(root.textContent).toBe('');

    render(null, root);
    await act(async () => {
      render(<Lazy name="Dana" />, root);
    });
    await settle();
    expect(root.textContent).toBe('Hello Dana');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
